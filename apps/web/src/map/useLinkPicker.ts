import type { OnConnectEnd } from '@xyflow/react'
import { type LinkKind, type Room, deleteLinks, linkNodes, setLinkKind, statementLinkKinds } from '@warrant/model'
import { type MouseEvent, type RefObject, useCallback, useState } from 'react'
import type { MapFlowEdge } from './flowTypes'

const junctionLinkKinds: readonly LinkKind[] = ['premise', 'undercuts']

export type Picker =
  | { x: number; y: number; source: string; target: string; kinds: readonly LinkKind[] }
  | { x: number; y: number; linkId: string; current: LinkKind; kinds: readonly LinkKind[] }

/**
 * The link kind picker: opened where a drag between two nodes ends (a new link) or where a link
 * is clicked (its kind), offering the kinds that fit its ends — statement to statement, or
 * statement into a junction.
 */
export function useLinkPicker(room: Room, pane: RefObject<HTMLDivElement | null>) {
  const [picker, setPicker] = useState<Picker | null>(null)
  const pointInPane = useCallback((clientX: number, clientY: number) => {
    const rect = pane.current?.getBoundingClientRect()
    return { x: clientX - (rect?.left ?? 0), y: clientY - (rect?.top ?? 0) }
  }, [pane])

  const onConnectEnd: OnConnectEnd = useCallback(
    (event, connection) => {
      const point = 'changedTouches' in event ? event.changedTouches[0] : event
      if (!point || !connection.fromNode) return
      // A drop on a node's body counts, not only on its handle.
      const dropped = document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node')?.getAttribute('data-id')
      let source = connection.fromNode.id
      let target = connection.toNode?.id ?? dropped
      if (!target || target === source) return
      const { junctions, nodes: statements } = room.getSnapshot()
      // Dragged from a junction onto a statement: that statement joins the argument.
      if (junctions.has(source) && statements.has(target)) [source, target] = [target, source]
      if (!statements.has(source)) return
      const kinds = junctions.has(target) ? junctionLinkKinds : statementLinkKinds
      setPicker({ ...pointInPane(point.clientX, point.clientY), source, target, kinds })
    },
    [pointInPane, room],
  )
  const onEdgeClick = useCallback(
    (event: MouseEvent, edge: MapFlowEdge) => {
      if (edge.type !== 'link' || !edge.data) return
      const current = edge.data.record.kind
      const kinds = junctionLinkKinds.includes(current) ? junctionLinkKinds : statementLinkKinds
      setPicker({ ...pointInPane(event.clientX, event.clientY), linkId: edge.id, current, kinds })
    },
    [pointInPane],
  )
  const closePicker = useCallback(() => setPicker(null), [])
  const pickKind = useCallback(
    (kind: LinkKind) => {
      if (!picker) return
      if ('linkId' in picker) setLinkKind(room, picker.linkId, kind)
      else linkNodes(room, { source: picker.source, target: picker.target, kind })
      setPicker(null)
    },
    [room, picker],
  )
  const deletePickedLink = useCallback(() => {
    if (picker && 'linkId' in picker) deleteLinks(room, [picker.linkId])
    setPicker(null)
  }, [room, picker])
  return { picker, onConnectEnd, onEdgeClick, closePicker, pickKind, deletePickedLink }
}
