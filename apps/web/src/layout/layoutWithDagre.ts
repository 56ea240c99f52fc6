import dagre from '@dagrejs/dagre'
import type { LayoutGraph, LayoutPositions } from './LayoutGraph'

export const layoutSpacing = { between: 48, ranks: 96 }

/**
 * Layered layout with dagre: conclusions on top, reasons below. Vertices and edges go in in a
 * fixed order, so the same map always gets the same layout (tidying twice changes nothing).
 */
export function layoutWithDagre(graph: LayoutGraph): LayoutPositions {
  const g = new dagre.graphlib.Graph()
  g.setGraph({ rankdir: 'TB', nodesep: layoutSpacing.between, ranksep: layoutSpacing.ranks, marginx: 0, marginy: 0 })
  g.setDefaultEdgeLabel(() => ({}))
  for (const vertex of graph.vertices) g.setNode(vertex.id, { width: vertex.width, height: vertex.height })
  for (const edge of graph.edges) {
    if (edge.from === edge.to || !g.hasNode(edge.from) || !g.hasNode(edge.to)) continue
    // dagre cannot lay out edges within one rank (minlen 0 crashes it), so attacks go a rank
    // below too, pulled less straight than reasons.
    g.setEdge(edge.from, edge.to, { minlen: 1, weight: edge.beside ? 1 : 2 })
  }
  dagre.layout(g)
  const positions: LayoutPositions = new Map()
  for (const vertex of graph.vertices) {
    const placed = g.node(vertex.id) as { x: number; y: number } | undefined
    if (placed) positions.set(vertex.id, { x: Math.round(placed.x - vertex.width / 2), y: Math.round(placed.y - vertex.height / 2) })
  }
  return positions
}
