import { type Dispatch, type SetStateAction, useCallback, useRef, useState } from 'react'
import { useReactFlow } from '@xyflow/react'
import { type Room, applyTidy, tidiedPlaces } from '@warrant/model'
import { layoutGraphFromSnapshot } from '../layout/layoutGraphFromSnapshot'
import { requestLayout } from '../layout/requestLayout'
import { aboveEach } from '../layout/aboveEach'
import type { MapFlowNode } from './flowTypes'

const animationMs = 300
const ease = (t: number) => 1 - (1 - t) ** 3

/**
 * Tidy: lays the map (or the selection's subtree) out in the layout worker, animates the nodes
 * to their places locally, then writes every new place in one `applyTidy` (one undo step), which
 * also records where the tidy left everything: the next tidy moves only what changed since.
 */
export function useTidy(room: Room, setNodes: Dispatch<SetStateAction<MapFlowNode[]>>): { tidy: (selectionOnly: boolean, afresh?: boolean) => Promise<void>; tidying: boolean } {
  const reactFlow = useReactFlow<MapFlowNode>()
  const running = useRef(false)
  const [tidying, setTidying] = useState(false)
  const tidy = useCallback(
    async (selectionOnly: boolean, afresh = false) => {
      if (running.current) return
      running.current = true
      setTidying(true)
      try {
        const flowNodes = reactFlow.getNodes()
        const sizes = new Map<string, { width: number; height: number }>()
        for (const node of flowNodes) if (node.measured?.width && node.measured.height) sizes.set(node.id, { width: node.measured.width, height: node.measured.height })
        const selected = flowNodes.filter((node) => node.selected).map((node) => node.id)
        const scope = selectionOnly && selected.length > 0 ? new Set(selected) : undefined
        // Afresh: as if nothing had been tidied, so the whole group is laid out again.
        const graph = layoutGraphFromSnapshot(room.getSnapshot(), sizes, scope, afresh ? new Map() : tidiedPlaces(room))
        const positions = await requestLayout(graph)
        const from = new Map(reactFlow.getNodes().map((node) => [node.id, node.position]))
        const targets = new Map([...positions].filter(([id, to]) => from.has(id) && (from.get(id)!.x !== to.x || from.get(id)!.y !== to.y)))
        const above = aboveEach(graph)
        const places = new Map(graph.vertices.map((vertex) => [vertex.id, { ...(positions.get(vertex.id) ?? { x: vertex.x, y: vertex.y }), above: above.get(vertex.id) ?? [] }]))
        if (targets.size === 0) {
          applyTidy(room, [], places)
          return
        }
        await animate((t) =>
          setNodes((previous) =>
            previous.map((node) => {
              const to = targets.get(node.id)
              const start = from.get(node.id)
              if (!to || !start) return node
              return { ...node, position: { x: start.x + (to.x - start.x) * t, y: start.y + (to.y - start.y) * t } }
            }),
          ),
        )
        applyTidy(room, [...targets].map(([id, position]) => ({ id, position })), places)
      } finally {
        running.current = false
        setTidying(false)
      }
    },
    [room, reactFlow, setNodes],
  )
  return { tidy, tidying }
}

function animate(step: (t: number) => void): Promise<void> {
  return new Promise((resolve) => {
    const start = performance.now()
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / animationMs)
      step(ease(t))
      if (t < 1) requestAnimationFrame(frame)
      else resolve()
    }
    requestAnimationFrame(frame)
  })
}
