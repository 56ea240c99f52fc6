import type { LayoutGraph, LayoutPositions } from './LayoutGraph'
import { layoutWithDagre } from './layoutWithDagre'
import { layoutWithElk } from './layoutWithElk'

/**
 * Past this many vertices dagre turns super-linear (1.3–2.3 s at 1,000 nodes here) while ELK stays
 * under a second; below it dagre is the faster (bench/layout.ts, BENCHMARKS.md).
 */
export const elkThreshold = 300

/**
 * New places for the unpinned vertices. The result is shifted so the laid-out group keeps its
 * top-left corner: tidying does not throw the map somewhere else, and tidying twice is a no-op.
 */
export async function tidyLayout(graph: LayoutGraph): Promise<LayoutPositions> {
  if (graph.vertices.length === 0) return new Map()
  const laid = graph.vertices.length > elkThreshold ? await layoutWithElk(graph) : layoutWithDagre(graph)
  const before = topLeft(graph.vertices)
  const after = topLeft(graph.vertices.map((vertex) => ({ ...vertex, ...(laid.get(vertex.id) ?? vertex) })))
  const positions: LayoutPositions = new Map()
  for (const vertex of graph.vertices) {
    const place = laid.get(vertex.id)
    if (!place || vertex.pinned) continue
    positions.set(vertex.id, { x: place.x - after.x + before.x, y: place.y - after.y + before.y })
  }
  return positions
}

function topLeft(points: readonly { x: number; y: number }[]): { x: number; y: number } {
  return { x: Math.min(...points.map((point) => point.x)), y: Math.min(...points.map((point) => point.y)) }
}
