import { useReactFlow, useStoreApi } from '@xyflow/react'
import type { Room } from '@warrant/model'
import { useEffect } from 'react'
import type { FocusStore } from '../focus/FocusStore'

const margin = 40
const assumedNodeSize = { width: 260, height: 110 }

/**
 * Pans the map to a node the reader asked about (one just made from a highlight) when it is
 * out of view, so the new node is seen appearing. The zoom stays as the person left it.
 */
export function RevealOnMap({ room, focus }: { room: Room; focus: FocusStore }) {
  const { setCenter, getViewport } = useReactFlow()
  const store = useStoreApi()
  useEffect(() => {
    let seen = focus.getState().mapReveal?.serial ?? 0
    return focus.subscribe(() => {
      const request = focus.getState().mapReveal
      if (!request || request.serial === seen) return
      seen = request.serial
      const node = room.getSnapshot().nodes.get(request.nodeId)
      if (!node) return
      const { width, height } = store.getState()
      const { x, y, zoom } = getViewport()
      const left = node.position.x * zoom + x
      const top = node.position.y * zoom + y
      const visible = left >= margin && top >= margin && left + assumedNodeSize.width * zoom <= width - margin && top + assumedNodeSize.height * zoom <= height - margin
      if (!visible) void setCenter(node.position.x + assumedNodeSize.width / 2, node.position.y + assumedNodeSize.height / 2, { zoom, duration: 300 })
    })
  }, [room, focus, setCenter, getViewport, store])
  return null
}
