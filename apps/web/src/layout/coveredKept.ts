import type { LayoutGraph } from './LayoutGraph'

/**
 * The kept, unpinned vertices that overlap another kept one at their current sizes: of each
 * overlapping pair the lower (then the further right), which a tidy should place again. Sorted by
 * left edge, so each vertex is compared only with those that start before its right edge.
 */
export function coveredKept(graph: LayoutGraph, kept: ReadonlySet<string>): Set<string> {
  const boxes = graph.vertices.filter((vertex) => kept.has(vertex.id)).sort((a, b) => a.x - b.x)
  const covered = new Set<string>()
  for (const [index, box] of boxes.entries()) {
    for (let next = index + 1; next < boxes.length && boxes[next]!.x < box.x + box.width; next++) {
      const other = boxes[next]!
      if (other.y >= box.y + box.height || box.y >= other.y + other.height) continue
      const lower = other.y > box.y || (other.y === box.y && other.x > box.x) ? other : box
      const upper = lower === other ? box : other
      if (!lower.pinned) covered.add(lower.id)
      else if (!upper.pinned) covered.add(upper.id)
    }
  }
  return covered
}
