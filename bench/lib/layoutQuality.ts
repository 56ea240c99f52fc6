import type { LayoutGraph, LayoutPositions } from '../../apps/web/src/layout/LayoutGraph'

export interface LayoutQuality {
  /** Pairs of links that cross, each link drawn straight from its upper card's bottom to its lower card's top. */
  crossings: number
  /** Sum of those straight links' lengths (px). */
  linkLength: number
}

/** How readable a layout is, on the measures people notice: crossing links and long ones. */
export function layoutQuality(graph: LayoutGraph, positions: LayoutPositions): LayoutQuality {
  const sizes = new Map(graph.vertices.map((vertex) => [vertex.id, vertex]))
  const segments = graph.edges.flatMap((edge) => {
    const from = positions.get(edge.from)
    const to = positions.get(edge.to)
    if (!from || !to || edge.from === edge.to) return []
    const upper = sizes.get(edge.from)!
    const lower = sizes.get(edge.to)!
    return [{ edge, x1: from.x + upper.width / 2, y1: from.y + upper.height, x2: to.x + lower.width / 2, y2: to.y }]
  })
  const side = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => Math.sign((cx - ax) * (by - ay) - (bx - ax) * (cy - ay))
  let crossings = 0
  let linkLength = 0
  for (const [i, a] of segments.entries()) {
    linkLength += Math.hypot(a.x2 - a.x1, a.y2 - a.y1)
    for (const b of segments.slice(i + 1)) {
      // Links that share a card meet there; that is not a crossing.
      if (a.edge.from === b.edge.from || a.edge.to === b.edge.to || a.edge.from === b.edge.to || a.edge.to === b.edge.from) continue
      const crossesB = side(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1) * side(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2) < 0
      const crossesA = side(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1) * side(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2) < 0
      if (crossesA && crossesB) crossings++
    }
  }
  return { crossings, linkLength }
}
