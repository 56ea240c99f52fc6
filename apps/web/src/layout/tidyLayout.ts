import type { LayoutGraph, LayoutPositions, LayoutVertex } from './LayoutGraph'
import { aboveEach } from './aboveEach'
import { layoutWithDagre } from './layoutWithDagre'
import { coveredKept } from './coveredKept'
import { placeAmongKept } from './placeAmongKept'

/**
 * New places for the unpinned vertices.
 *
 * When most of the map is still where the last tidy left it, only the rest moves: new vertices
 * and those moved by hand since are placed where the full layout would put them next to their
 * nearest kept neighbour (`placeAmongKept`). Re-laying out everything would move nearly every
 * node for one added leaf (BENCHMARKS.md, layout), and people lose their bearings in a map that
 * reshuffles.
 *
 * Otherwise the whole group is laid out again, shifted so it keeps its top-left corner: tidying
 * does not throw the map somewhere else, and tidying twice is a no-op.
 */
export async function tidyLayout(graph: LayoutGraph): Promise<LayoutPositions> {
  if (graph.vertices.length === 0) return new Map()
  const above = aboveEach(graph)
  const kept = new Set(graph.vertices.filter((vertex) => vertex.pinned || isWhereTidied(vertex, above.get(vertex.id) ?? [])).map((vertex) => vertex.id))
  // A node that grew (its text edited) can cover one the last tidy put below it: that one moves.
  for (const id of coveredKept(graph, kept)) kept.delete(id)
  const settled = graph.vertices.filter((vertex) => !vertex.pinned && kept.has(vertex.id)).length
  const movable = graph.vertices.filter((vertex) => !vertex.pinned).length
  if (kept.size === graph.vertices.length) return new Map(graph.vertices.filter((vertex) => !vertex.pinned).map((vertex) => [vertex.id, { x: vertex.x, y: vertex.y }]))
  const laid = layoutWithDagre(graph)
  if (settled > 0 && settled * 2 >= movable) return placeAmongKept(graph, laid, kept)
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

/**
 * Still where the last tidy left it, under the same vertices: a link added or removed since
 * places its lower end again. Half a pixel of slack: a drag ends on fractions.
 */
function isWhereTidied(vertex: LayoutVertex, above: readonly string[]): boolean {
  const { tidied } = vertex
  if (!tidied || Math.abs(tidied.x - vertex.x) >= 0.5 || Math.abs(tidied.y - vertex.y) >= 0.5) return false
  return tidied.above.length === above.length && [...tidied.above].sort().join('\n') === [...above].sort().join('\n')
}

function topLeft(points: readonly { x: number; y: number }[]): { x: number; y: number } {
  return { x: Math.min(...points.map((point) => point.x)), y: Math.min(...points.map((point) => point.y)) }
}
