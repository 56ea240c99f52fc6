import ELK from 'elkjs/lib/elk.bundled.js'
import type { LayoutGraph, LayoutPositions } from '../../apps/web/src/layout/LayoutGraph'
import { layoutSpacing } from '../../apps/web/src/layout/layoutWithDagre'

/** The same layered layout with ELK, the peer of dagre in bench/layout.ts (Tidy used it above 300 nodes until dagre's rows came from `ranksFromTop`). */
export async function layoutWithElk(graph: LayoutGraph): Promise<LayoutPositions> {
  const elk = new ELK()
  const ids = new Set(graph.vertices.map((vertex) => vertex.id))
  const result = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': String(layoutSpacing.between),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(layoutSpacing.ranks),
    },
    children: graph.vertices.map((vertex) => ({ id: vertex.id, width: vertex.width, height: vertex.height })),
    edges: graph.edges
      .filter((edge) => edge.from !== edge.to && ids.has(edge.from) && ids.has(edge.to))
      .map((edge, i) => ({ id: `e${i}`, sources: [edge.from], targets: [edge.to] })),
  })
  const positions: LayoutPositions = new Map()
  for (const child of result.children ?? []) positions.set(child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) })
  return positions
}
