import { useEffect, useState } from 'react'

/**
 * Whether the map may hand its nodes to React Flow yet. A big room's nodes arrive in the same task
 * as the reading's highlights, and mounting 500 nodes then holds the main thread ~0.5 s before the
 * browser can paint the reading. So the first fill of a map over `above` nodes waits for one painted
 * frame (a timer queued from requestAnimationFrame runs after that frame's paint): the reading and
 * its highlights show first, the map right after. Small maps mount at once; once filled, never again.
 */
export function useMountAfterPaint(nodeCount: number, above = 100): boolean {
  const [ready, setReady] = useState(false)
  const big = nodeCount > above
  const small = nodeCount > 0 && !big
  if (!ready && small) setReady(true)
  useEffect(() => {
    if (ready || !big) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReady(true))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [ready, big])
  return ready || small
}
