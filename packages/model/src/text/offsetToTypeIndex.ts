import type { TextIndex, TextSegment } from './TextIndex'

/**
 * Finds the Y.XmlText and index for a plain-text offset. A start snaps forward to the first
 * character at or after it, an end back to the last character before it, so a span never
 * begins or ends on a block separator, and at a boundary between runs each side stays on
 * its own words.
 */
export function offsetToTypeIndex(index: TextIndex, offset: number, side: 'start' | 'end'): { segment: TextSegment; index: number } | null {
  const segments = index.segments
  if (side === 'start') {
    const at = firstIndex(segments, (segment) => segment.start + segment.length > offset)
    const segment = segments[at]
    return segment ? { segment, index: Math.max(0, offset - segment.start) } : null
  }
  const after = firstIndex(segments, (segment) => segment.start >= offset)
  for (let at = after - 1; at >= 0; at--) {
    const segment = segments[at]!
    if (segment.length > 0) return { segment, index: Math.min(segment.length, offset - segment.start) }
  }
  return null
}

/** First index where a monotone predicate turns true (segments.length when it never does). */
function firstIndex(segments: readonly TextSegment[], predicate: (segment: TextSegment) => boolean): number {
  let low = 0
  let high = segments.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (predicate(segments[middle]!)) high = middle
    else low = middle + 1
  }
  return low
}
