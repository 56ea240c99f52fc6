import { type MouseEvent as ReactMouseEvent, type RefObject, useCallback, useEffect, useRef } from 'react'
import type { FocusStore } from '../focus/FocusStore'
import type { MapFlowNode } from './flowTypes'

/**
 * Pointer lighting and the pan layer, both tied to whether the view is moving.
 *
 * A node passing under a held button (a pan, a drag, a new link) or under a zooming view is not
 * pointed at: lighting it would restyle the node and the reader on every frame it passes. While
 * the view is dragged the canvas is its own layer, so each frame moves it instead of painting
 * every node again (map.css); a data attribute, so React's className never drops it. The pane also
 * captures the pointer for the pan: Chromium then sends each move to it without hit-testing the
 * hundreds of nodes under the pointer (8.5 ms a move at 2,000 nodes).
 */
export function useViewMotion(pane: RefObject<HTMLDivElement | null>, focus: FocusStore) {
  const moving = useRef(false)
  const pointerId = useRef<number | null>(null)
  useEffect(() => {
    const element = pane.current
    if (!element) return
    const remember = (event: PointerEvent) => {
      pointerId.current = event.pointerType === 'mouse' ? event.pointerId : null
    }
    element.addEventListener('pointerdown', remember, { capture: true, passive: true })
    return () => element.removeEventListener('pointerdown', remember, { capture: true })
  }, [pane])
  const onNodeMouseEnter = useCallback(
    (event: ReactMouseEvent, node: MapFlowNode) => event.buttons === 0 && !moving.current && node.type === 'argument' && focus.hover(node.id),
    [focus],
  )
  const onNodeMouseLeave = useCallback(() => focus.hover(null), [focus])
  const onMoveStart = useCallback(
    (event: MouseEvent | TouchEvent | null) => {
      moving.current = true
      if (!event || event.type === 'wheel') return
      pane.current?.setAttribute('data-panning', '')
      // Only a drag that starts on the background: a press on a control inside a node (a .nodrag
      // button) also starts React Flow's pan gesture, and its click must stay the button's.
      if (event.type === 'mousedown' && pointerId.current !== null && event.target instanceof Element && event.target.classList.contains('react-flow__pane')) {
        // Released by the browser on pointerup.
        event.target.setPointerCapture(pointerId.current)
      }
    },
    [pane],
  )
  const onMoveEnd = useCallback(() => {
    moving.current = false
    pane.current?.removeAttribute('data-panning')
  }, [pane])
  return { onNodeMouseEnter, onNodeMouseLeave, onMoveStart, onMoveEnd }
}
