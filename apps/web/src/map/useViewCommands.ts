import { useCallback } from 'react'
import { useReactFlow } from '@xyflow/react'
import { fitViewOptions } from './fitViewOptions'

/** The view's own commands: centre on a node (find), zoom to fit, zoom to the selection. */
export function useViewCommands() {
  const reactFlow = useReactFlow()
  const showNode = useCallback(
    (id: string) => {
      const node = reactFlow.getInternalNode(id)
      if (!node) return
      const { x, y } = node.internals.positionAbsolute
      void reactFlow.setCenter(x + (node.measured.width ?? 0) / 2, y + (node.measured.height ?? 0) / 2, { zoom: Math.max(reactFlow.getZoom(), 0.8), duration: 300 })
    },
    [reactFlow],
  )
  const zoomToFit = useCallback(() => void reactFlow.fitView({ ...fitViewOptions, duration: 300 }), [reactFlow])
  const zoomToSelection = useCallback(() => {
    const selected = reactFlow.getNodes().filter((node) => node.selected)
    if (selected.length > 0) void reactFlow.fitView({ ...fitViewOptions, nodes: selected.map(({ id }) => ({ id })), duration: 300 })
  }, [reactFlow])
  return { showNode, zoomToFit, zoomToSelection }
}
