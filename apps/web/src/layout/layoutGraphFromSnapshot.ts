import type { MapSnapshot } from '@warrant/model'
import type { LayoutEdge, LayoutGraph, LayoutVertex } from './LayoutGraph'

export const defaultNodeSize = { width: 240, height: 100 }
export const junctionSize = { width: 28, height: 28 }

/**
 * The map as a layered graph: a conclusion above its junctions, a junction above its premises,
 * a statement above what supports, attacks or rephrases it. With a scope (tidy selection),
 * only the scoped nodes and everything below them.
 */
export function layoutGraphFromSnapshot(
  snapshot: MapSnapshot,
  sizes: ReadonlyMap<string, { width: number; height: number }>,
  scope?: ReadonlySet<string>,
  tidied: ReadonlyMap<string, { x: number; y: number; above: readonly string[] }> = new Map(),
): LayoutGraph {
  const edges: LayoutEdge[] = []
  for (const junction of snapshot.junctionList) edges.push({ from: junction.conclusion, to: junction.id, beside: false })
  for (const link of snapshot.linkList) {
    const beside = link.kind === 'attacks' || link.kind === 'undercuts' || link.kind === 'rephrases'
    edges.push({ from: link.target, to: link.source, beside })
  }
  const vertices: LayoutVertex[] = []
  const tidiedOf = (id: string) => {
    const place = tidied.get(id)
    return place ? { tidied: place } : {}
  }
  for (const node of snapshot.nodeList) vertices.push({ id: node.id, ...(sizes.get(node.id) ?? defaultNodeSize), ...node.position, pinned: node.pinned === true, ...tidiedOf(node.id) })
  for (const junction of snapshot.junctionList) vertices.push({ id: junction.id, ...(sizes.get(junction.id) ?? junctionSize), ...junction.position, pinned: junction.pinned === true, ...tidiedOf(junction.id) })
  if (!scope) return { vertices, edges }
  const below = reachableBelow(scope, edges)
  return { vertices: vertices.filter((vertex) => below.has(vertex.id)), edges: edges.filter((edge) => below.has(edge.from) && below.has(edge.to)) }
}

function reachableBelow(roots: ReadonlySet<string>, edges: readonly LayoutEdge[]): Set<string> {
  const children = new Map<string, string[]>()
  for (const edge of edges) children.set(edge.from, [...(children.get(edge.from) ?? []), edge.to])
  const seen = new Set(roots)
  const stack = [...roots]
  while (stack.length > 0) {
    for (const child of children.get(stack.pop()!) ?? []) {
      if (!seen.has(child)) {
        seen.add(child)
        stack.push(child)
      }
    }
  }
  return seen
}
