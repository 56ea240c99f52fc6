import type { LayoutEdge, LayoutGraph } from './LayoutGraph'

/** A link as the layout sees it: always from a lower rank number (higher up) to a higher one. */
export interface RankedLink {
  readonly from: string
  readonly to: string
  readonly weight: number
}

export interface RankedGraph {
  /** Rank of each vertex: 0 is the top row. */
  readonly ranks: Map<string, number>
  /** Every usable link once, those that closed a cycle turned round so that all point down. */
  readonly links: readonly RankedLink[]
}

/** How hard a link pulls its ends into line: reasons hang straight below what they support, attacks less so. */
export const linkWeight = (edge: LayoutEdge) => (edge.beside ? 1 : 2)

/**
 * Rows for a layered layout: each statement one row below the lowest of the statements above
 * it, then a statement whose links below weigh more than those above moves down to just above
 * the highest of them (what dagre's network simplex does for such a one).
 *
 * dagre's own ranking (network simplex) recomputes every cut value after each exchange: 40–60 %
 * of a 200-node layout and 1.3–9 s at 1,000 nodes here, for rows that draw the links no shorter
 * and cross them no less on argument maps (bench/layout.ts, BENCHMARKS.md). This is linear.
 */
export function ranksFromTop(graph: LayoutGraph): RankedGraph {
  const ids = new Set(graph.vertices.map((vertex) => vertex.id))
  const above = new Map<string, { id: string; weight: number }[]>()
  for (const edge of graph.edges) {
    if (edge.from === edge.to || !ids.has(edge.from) || !ids.has(edge.to)) continue
    listOf(above, edge.to).push({ id: edge.from, weight: linkWeight(edge) })
  }

  // Depth-first up the links, iteratively (a long chain would overflow the stack): a vertex is
  // finished after everything above it, so `order` runs top-down. A link to a vertex still open
  // closes a cycle and is turned round.
  const order: string[] = []
  const links: RankedLink[] = []
  const linked = new Set<string>()
  const link = (from: string, to: string, weight: number) => {
    // A pair linked both ways is one link once the cycle is turned round.
    if (linked.has(`${from}\n${to}`)) return
    linked.add(`${from}\n${to}`)
    links.push({ from, to, weight })
  }
  const open = new Set<string>()
  const done = new Set<string>()
  for (const root of graph.vertices) {
    if (done.has(root.id)) continue
    const stack = [{ id: root.id, next: 0 }]
    open.add(root.id)
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!
      const parents = above.get(top.id) ?? []
      if (top.next < parents.length) {
        const parent = parents[top.next++]!
        if (open.has(parent.id)) link(top.id, parent.id, parent.weight)
        else {
          link(parent.id, top.id, parent.weight)
          if (!done.has(parent.id)) {
            open.add(parent.id)
            stack.push({ id: parent.id, next: 0 })
          }
        }
        continue
      }
      stack.pop()
      open.delete(top.id)
      done.add(top.id)
      order.push(top.id)
    }
  }

  const up = new Map<string, RankedLink[]>()
  const down = new Map<string, RankedLink[]>()
  for (const each of links) {
    listOf(up, each.to).push(each)
    listOf(down, each.from).push(each)
  }
  const ranks = new Map<string, number>()
  for (const id of order) ranks.set(id, Math.max(0, ...(up.get(id) ?? []).map((each) => ranks.get(each.from)! + 1)))
  for (const id of [...order].reverse()) {
    const below = down.get(id) ?? []
    const weightBelow = below.reduce((sum, each) => sum + each.weight, 0)
    const weightAbove = (up.get(id) ?? []).reduce((sum, each) => sum + each.weight, 0)
    if (below.length > 0 && weightBelow > weightAbove) ranks.set(id, Math.min(...below.map((each) => ranks.get(each.to)! - 1)))
  }
  return { ranks, links }
}

function listOf<T>(lists: Map<string, T[]>, key: string): T[] {
  let list = lists.get(key)
  if (!list) lists.set(key, (list = []))
  return list
}
