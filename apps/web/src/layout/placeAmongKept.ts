import type { LayoutGraph, LayoutPositions } from './LayoutGraph'
import { layoutSpacing } from './layoutWithDagre'

/** Space kept around a placed vertex: the layout's own between nodes of a row, less between rows. */
const gap = { x: layoutSpacing.between, y: layoutSpacing.ranks / 4 }

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/**
 * Places the vertices not in `kept`, leaving the kept ones where they are: each goes where the
 * full layout `laid` puts it relative to its nearest already-placed neighbour (through links,
 * either way), or relative to the kept group when nothing links it; then slides right along its
 * row until it overlaps nothing. Placed in the layout's reading order (top to bottom, left to
 * right), so that a new subtree follows its new root. Returns every unpinned vertex's place.
 */
export function placeAmongKept(graph: LayoutGraph, laid: LayoutPositions, kept: ReadonlySet<string>): LayoutPositions {
  const byId = new Map(graph.vertices.map((vertex) => [vertex.id, vertex]))
  const neighbours = new Map<string, string[]>()
  const link = (a: string, b: string) => {
    const list = neighbours.get(a)
    if (list) list.push(b)
    else neighbours.set(a, [b])
  }
  for (const edge of graph.edges) {
    link(edge.from, edge.to)
    link(edge.to, edge.from)
  }
  const placed = new Map<string, { x: number; y: number }>()
  const boxes: Box[] = []
  for (const id of kept) {
    const vertex = byId.get(id)!
    placed.set(id, { x: vertex.x, y: vertex.y })
    boxes.push({ x: vertex.x, y: vertex.y, width: vertex.width, height: vertex.height })
  }
  const groupShift = shiftOfKept(graph, laid, kept)
  const order = graph.vertices.filter((vertex) => !kept.has(vertex.id) && laid.has(vertex.id))
  order.sort((a, b) => laid.get(a.id)!.y - laid.get(b.id)!.y || laid.get(a.id)!.x - laid.get(b.id)!.x)
  for (const vertex of order) {
    const own = laid.get(vertex.id)!
    const anchor = nearestPlaced(vertex.id, neighbours, placed)
    const shift = anchor ? { x: placed.get(anchor)!.x - laid.get(anchor)!.x, y: placed.get(anchor)!.y - laid.get(anchor)!.y } : groupShift
    const box = { x: own.x + shift.x, y: own.y + shift.y, width: vertex.width, height: vertex.height }
    for (let blocker = firstOverlap(box, boxes); blocker; blocker = firstOverlap(box, boxes)) box.x = blocker.x + blocker.width + gap.x
    placed.set(vertex.id, { x: box.x, y: box.y })
    boxes.push(box)
  }
  const positions: LayoutPositions = new Map()
  for (const vertex of graph.vertices) if (!vertex.pinned && placed.has(vertex.id)) positions.set(vertex.id, placed.get(vertex.id)!)
  return positions
}

/** Breadth-first through the links: the closest vertex that already has its place. */
function nearestPlaced(from: string, neighbours: ReadonlyMap<string, readonly string[]>, placed: ReadonlyMap<string, unknown>): string | null {
  const seen = new Set([from])
  let frontier = [from]
  while (frontier.length > 0) {
    const next: string[] = []
    for (const id of frontier) {
      for (const neighbour of neighbours.get(id) ?? []) {
        if (seen.has(neighbour)) continue
        if (placed.has(neighbour)) return neighbour
        seen.add(neighbour)
        next.push(neighbour)
      }
    }
    frontier = next
  }
  return null
}

/** How far the kept group sits from where the full layout puts it (by their top-left corners). */
function shiftOfKept(graph: LayoutGraph, laid: LayoutPositions, kept: ReadonlySet<string>): { x: number; y: number } {
  const keptVertices = graph.vertices.filter((vertex) => kept.has(vertex.id) && laid.has(vertex.id))
  if (keptVertices.length === 0) return { x: 0, y: 0 }
  const min = (values: number[]) => Math.min(...values)
  return {
    x: min(keptVertices.map((vertex) => vertex.x)) - min(keptVertices.map((vertex) => laid.get(vertex.id)!.x)),
    y: min(keptVertices.map((vertex) => vertex.y)) - min(keptVertices.map((vertex) => laid.get(vertex.id)!.y)),
  }
}

function firstOverlap(box: Box, boxes: readonly Box[]): Box | undefined {
  return boxes.find(
    (other) => box.x < other.x + other.width + gap.x && other.x < box.x + box.width + gap.x && box.y < other.y + other.height + gap.y && other.y < box.y + box.height + gap.y,
  )
}
