import { useReactFlow, useStoreApi } from '@xyflow/react'
import { type MapRegion, type Room, nodeSlot } from '@warrant/model'
import { useEffect } from 'react'
import type { FocusStore } from '../focus/FocusStore'

/** Screen pixels kept clear at each side: the toolbars cover the top, the zoom buttons the lower left. */
const inset = { top: 96, right: 40, bottom: 40, left: 56 }

/** How far a view must move along one axis to hold `start … start + length` (its start first). */
function overflow(start: number, length: number, viewStart: number, viewLength: number): number {
  if (start < viewStart) return start - viewStart
  const beyond = start + length - (viewStart + viewLength)
  return beyond > 0 ? Math.min(beyond, start - viewStart) : 0
}

/**
 * Tells the reader what part of the map is in view, so a node made from a highlight lands there
 * (`placeNewNode`), and pans the map by the least that brings such a node into view when it is not
 * (no free place in view), so the new node is seen appearing. The zoom stays as the person left it.
 */
export function RevealOnMap({ room, focus }: { room: Room; focus: FocusStore }) {
  const { setViewport, getViewport } = useReactFlow()
  const store = useStoreApi()
  useEffect(() => {
    const inView = (): MapRegion | null => {
      const { width, height } = store.getState()
      const { x, y, zoom } = getViewport()
      const region = { x: (inset.left - x) / zoom, y: (inset.top - y) / zoom, width: (width - inset.left - inset.right) / zoom, height: (height - inset.top - inset.bottom) / zoom }
      return region.width > 0 && region.height > 0 ? region : null
    }
    const undoShow = focus.showMapView(inView)
    let seen = focus.getState().mapReveal?.serial ?? 0
    const unsubscribe = focus.subscribe(() => {
      const request = focus.getState().mapReveal
      if (!request || request.serial === seen) return
      seen = request.serial
      const node = room.getSnapshot().nodes.get(request.nodeId)
      if (!node) return
      const view = inView()
      if (!view) return
      // The least move that brings the node's slot (as placeNewNode counts it) into view: what is
      // in view stays in it as far as it can, rather than the view jumping to centre the new node.
      const dx = overflow(node.position.x, nodeSlot.width, view.x, view.width)
      const dy = overflow(node.position.y, nodeSlot.height, view.y, view.height)
      if (dx === 0 && dy === 0) return
      const { x, y, zoom } = getViewport()
      void setViewport({ x: x - dx * zoom, y: y - dy * zoom, zoom }, { duration: 300 })
    })
    return () => {
      undoShow()
      unsubscribe()
    }
  }, [room, focus, setViewport, getViewport, store])
  return null
}
