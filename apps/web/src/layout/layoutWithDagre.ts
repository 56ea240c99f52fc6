import dagre from '@dagrejs/dagre'
import type { LayoutGraph, LayoutPositions } from './LayoutGraph'
import { linkWeight, ranksFromTop } from './ranksFromTop'

export const layoutSpacing = { between: 48, ranks: 96 }

/**
 * Layered layout with dagre: conclusions on top, reasons below, in the rows `ranksFromTop` gives.
 * Vertices and links go in in a fixed order, so the same map always gets the same layout
 * (tidying twice changes nothing). `rows: 'network-simplex'` is dagre's own ranking, kept for the
 * benchmark's comparison (bench/layout.ts).
 */
export function layoutWithDagre(graph: LayoutGraph, rows: 'from-top' | 'network-simplex' = 'from-top'): LayoutPositions {
  const g = new dagre.graphlib.Graph()
  const ranked = rows === 'from-top' ? ranksFromTop(graph) : null
  g.setGraph({ rankdir: 'TB', nodesep: layoutSpacing.between, ranksep: layoutSpacing.ranks, marginx: 0, marginy: 0, ...(ranked && { ranker: 'none' }) })
  g.setDefaultEdgeLabel(() => ({}))
  for (const vertex of graph.vertices) g.setNode(vertex.id, { width: vertex.width, height: vertex.height, ...(ranked && { rank: ranked.ranks.get(vertex.id) }) })
  // dagre cannot lay out links within one row (minlen 0 crashes it), so attacks go a row below
  // too, pulled less straight than reasons.
  const links = ranked?.links ?? graph.edges.filter((edge) => edge.from !== edge.to && g.hasNode(edge.from) && g.hasNode(edge.to)).map((edge) => ({ ...edge, weight: linkWeight(edge) }))
  for (const link of links) g.setEdge(link.from, link.to, { minlen: 1, weight: link.weight })
  dagre.layout(g)
  const positions: LayoutPositions = new Map()
  for (const vertex of graph.vertices) {
    const placed = g.node(vertex.id) as { x: number; y: number } | undefined
    if (placed) positions.set(vertex.id, { x: Math.round(placed.x - vertex.width / 2), y: Math.round(placed.y - vertex.height / 2) })
  }
  return positions
}
