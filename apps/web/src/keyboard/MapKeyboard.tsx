import { useCallback, useEffect, useState } from 'react'
import { useReactFlow, useStoreApi } from '@xyflow/react'
import { canWrite, deleteNodes } from '@warrant/model'
import { useMapContext } from '../map/MapContext'
import type { RoomSession } from '../session/RoomSession'
import { isTextField } from './isTextField'
import { LinkTargetDialog } from './LinkTargetDialog'
import { type Box, arrowDirections, nearestInDirection } from './nearestInDirection'
import './keyboard.css'

/**
 * Keyboard-only mapping on the map (mounted inside React Flow): arrows move focus to the
 * nearest node that way, Enter or F2 edits the focused node, Delete deletes it, L (or Ctrl+L)
 * starts a link from it. Focus returns to the node after editing or linking.
 */
export function MapKeyboard({ session }: { session: RoomSession }) {
  const { room, editing } = useMapContext()
  const store = useStoreApi()
  const reactFlow = useReactFlow()
  const readOnly = !canWrite(session.role, 'map')
  const [linkFrom, setLinkFrom] = useState<string | null>(null)

  const focusNode = useCallback(
    (id: string | null | undefined) => {
      if (!id) return
      const find = () => store.getState().domNode?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
      const element = find()
      if (element) return element.focus()
      // A large map renders only the nodes in view (MapView): bring this one in, then focus it.
      const node = reactFlow.getInternalNode(id)
      if (!node) return
      const { x, y } = node.internals.positionAbsolute
      void reactFlow.setCenter(x + (node.measured.width ?? 0) / 2, y + (node.measured.height ?? 0) / 2, { zoom: reactFlow.getZoom() })
      requestAnimationFrame(() => requestAnimationFrame(() => find()?.focus()))
    },
    [store, reactFlow],
  )

  const boxes = useCallback(
    (): Box[] =>
      reactFlow.getNodes().map((node) => {
        const internal = reactFlow.getInternalNode(node.id)
        const at = internal?.internals.positionAbsolute ?? node.position
        return { id: node.id, x: at.x, y: at.y, width: node.measured?.width ?? 240, height: node.measured?.height ?? 100 }
      }),
    [reactFlow],
  )

  useEffect(() => {
    const domNode = store.getState().domNode
    if (!domNode) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextField(event.target) || editing.get()) return
      const target = event.target instanceof HTMLElement ? event.target : null
      const nodeId = target?.closest('.react-flow__node')?.getAttribute('data-id') ?? null
      const direction = arrowDirections[event.key]
      const plain = !event.altKey && !event.ctrlKey && !event.metaKey
      const act = () => {
        event.preventDefault()
        event.stopPropagation()
      }
      if (direction && plain && !event.shiftKey) {
        act()
        const all = boxes()
        focusNode(nodeId ? nearestInDirection(all, nodeId, direction) : all[0]?.id)
        return
      }
      if (!nodeId || readOnly) return
      const statement = reactFlow.getNode(nodeId)?.type === 'argument'
      if (statement && (event.key === 'Enter' || event.key === 'F2') && plain) {
        act()
        editing.start(nodeId)
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && plain) {
        act()
        const all = boxes()
        const next = (['down', 'right', 'up', 'left'] as const).map((way) => nearestInDirection(all, nodeId, way)).find(Boolean)
        session.mapUndo.group(() => deleteNodes(room, [nodeId]))
        requestAnimationFrame(() => focusNode(next))
      } else if (statement && event.key.toLowerCase() === 'l' && !event.altKey && !event.shiftKey) {
        act()
        setLinkFrom(nodeId)
      }
    }
    domNode.addEventListener('keydown', onKeyDown, true)
    return () => domNode.removeEventListener('keydown', onKeyDown, true)
  }, [store, editing, room, session, readOnly, boxes, focusNode, reactFlow])

  // Leaving the text editor puts focus back on its node, where the keyboard user was.
  useEffect(() => {
    let last = editing.get()
    return editing.subscribe(() => {
      const before = last
      last = editing.get()
      if (before && !last) requestAnimationFrame(() => (document.activeElement === document.body || !document.activeElement) && focusNode(before))
    })
  }, [editing, focusNode])

  const closeLink = useCallback(() => {
    const from = linkFrom
    setLinkFrom(null)
    requestAnimationFrame(() => focusNode(from))
  }, [linkFrom, focusNode])

  return linkFrom ? <LinkTargetDialog room={room} sourceId={linkFrom} onClose={closeLink} /> : null
}
