import type { LayoutGraph } from './LayoutGraph'

/** The vertices directly above each one (its edges' upper ends), as `applyTidy` records them. */
export function aboveEach(graph: LayoutGraph): Map<string, string[]> {
  const above = new Map<string, string[]>()
  for (const edge of graph.edges) {
    const list = above.get(edge.to)
    if (list) list.push(edge.from)
    else above.set(edge.to, [edge.from])
  }
  return above
}
