import { describe, expect, it } from 'vitest'
import type { LayoutGraph } from './LayoutGraph'
import { aboveEach } from './aboveEach'
import { tidyLayout } from './tidyLayout'

const vertex = (id: string, x = 0, y = 0, pinned = false) => ({ id, width: 240, height: 100, x, y, pinned })

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return Math.abs(a.x - b.x) < 240 && Math.abs(a.y - b.y) < 100
}

describe('tidyLayout', () => {
  const graph: LayoutGraph = {
    vertices: [vertex('claim', 500, 500), vertex('reason', 500, 500), vertex('objection', 510, 505), vertex('evidence', 0, 0)],
    edges: [
      { from: 'claim', to: 'reason', beside: false },
      { from: 'claim', to: 'objection', beside: true },
      { from: 'reason', to: 'evidence', beside: false },
    ],
  }

  it('puts conclusions above their reasons, with no two nodes overlapping', async () => {
    const positions = await tidyLayout(graph)
    expect(positions.get('claim')!.y).toBeLessThan(positions.get('reason')!.y)
    expect(positions.get('reason')!.y).toBeLessThan(positions.get('evidence')!.y)
    const placed = [...positions.values()]
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false)
  })

  it('changes nothing when run on its own result', async () => {
    const first = await tidyLayout(graph)
    const again = await tidyLayout({ ...graph, vertices: graph.vertices.map((v) => ({ ...v, ...first.get(v.id)! })) })
    expect(again).toEqual(first)
  })

  it('lays out links that go round in a circle, each statement in its own place', async () => {
    const circle = await tidyLayout({
      vertices: ['a', 'b', 'c'].map((id) => vertex(id)),
      edges: [
        { from: 'a', to: 'b', beside: false },
        { from: 'b', to: 'c', beside: false },
        { from: 'c', to: 'a', beside: true },
      ],
    })
    expect(circle.size).toBe(3)
    const placed = [...circle.values()]
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false)
  })

  it('lays out a 1,000-statement map with every reason below what it supports and no two overlapping', async () => {
    let state = 5
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
    const vertices = Array.from({ length: 1000 }, (_, i) => vertex(`n${i}`))
    const edges = vertices.slice(1).flatMap((v, i) => {
      const links = [{ from: `n${Math.floor(random() * (i + 1))}`, to: v.id, beside: random() < 0.25 }]
      if (random() < 0.2 && i > 2) links.push({ from: `n${Math.floor(random() * i)}`, to: v.id, beside: false })
      return links
    })
    const positions = await tidyLayout({ vertices, edges })
    expect(positions.size).toBe(1000)
    for (const edge of edges) expect(positions.get(edge.to)!.y).toBeGreaterThan(positions.get(edge.from)!.y)
    // Cards of one height share a row's top: neighbours in a row must be a card's width apart.
    const byRow = [...positions.values()].sort((a, b) => a.y - b.y || a.x - b.x)
    const closest = Math.min(...byRow.slice(1).map((place, i) => (place.y === byRow[i]!.y ? place.x - byRow[i]!.x : Infinity)))
    expect(closest).toBeGreaterThanOrEqual(240)
  })

  it('leaves pinned nodes where people put them', async () => {
    const pinned = await tidyLayout({ ...graph, vertices: graph.vertices.map((v) => (v.id === 'objection' ? { ...v, pinned: true } : v)) })
    expect(pinned.has('objection')).toBe(false)
    expect(pinned.size).toBe(3)
  })
})

describe('tidyLayout after an earlier tidy', () => {
  /** A claim with three reasons, each with evidence: tidied once, every vertex recorded where it went. */
  async function tidiedMap(): Promise<LayoutGraph> {
    const ids = ['claim', 'r1', 'r2', 'r3', 'e1', 'e2', 'e3']
    const edges = [
      { from: 'claim', to: 'r1', beside: false },
      { from: 'claim', to: 'r2', beside: false },
      { from: 'claim', to: 'r3', beside: false },
      { from: 'r1', to: 'e1', beside: false },
      { from: 'r2', to: 'e2', beside: false },
      { from: 'r3', to: 'e3', beside: false },
    ]
    const first = await tidyLayout({ vertices: ids.map((id) => vertex(id)), edges })
    const above = aboveEach({ vertices: [], edges })
    return { vertices: ids.map((id) => ({ ...vertex(id), ...first.get(id)!, tidied: { ...first.get(id)!, above: above.get(id) ?? [] } })), edges }
  }

  const noOverlaps = (positions: Map<string, { x: number; y: number }>) => {
    const placed = [...positions.values()]
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false)
  }

  it('places an added leaf below its parent and moves nothing else', async () => {
    const map = await tidiedMap()
    const grown: LayoutGraph = { vertices: [...map.vertices, vertex('e4', 9999, 9999)], edges: [...map.edges, { from: 'r2', to: 'e4', beside: false }] }
    const positions = await tidyLayout(grown)
    for (const kept of map.vertices) expect(positions.get(kept.id)).toEqual({ x: kept.x, y: kept.y })
    const parent = positions.get('r2')!
    expect(positions.get('e4')!.y).toBeGreaterThan(parent.y + 100)
    expect(Math.abs(positions.get('e4')!.x - parent.x)).toBeLessThan(1000)
    noOverlaps(positions)
  })

  it('puts back a node moved by hand and keeps the rest', async () => {
    const map = await tidiedMap()
    const dragged: LayoutGraph = { ...map, vertices: map.vertices.map((v) => (v.id === 'e1' ? { ...v, x: v.x + 3000, y: v.y - 700 } : v)) }
    const positions = await tidyLayout(dragged)
    for (const kept of map.vertices) expect(positions.get(kept.id)).toEqual({ x: kept.tidied!.x, y: kept.tidied!.y })
  })

  it('places again the lower end of a link added since, below both its parents, and keeps the rest', async () => {
    const map = await tidiedMap()
    // e3 now also answers r1: wherever the layout puts it, it sits below both reasons it answers.
    const linked: LayoutGraph = { ...map, edges: [...map.edges, { from: 'r1', to: 'e3', beside: false }] }
    const positions = await tidyLayout(linked)
    for (const kept of map.vertices.filter((v) => v.id !== 'e3')) expect(positions.get(kept.id)).toEqual({ x: kept.x, y: kept.y })
    expect(positions.get('e3')!.y).toBeGreaterThan(Math.max(positions.get('r1')!.y, positions.get('r3')!.y))
    noOverlaps(positions)
  })

  it('places again the lower end of a link moved since, under its new parent, and keeps the rest', async () => {
    const map = await tidiedMap()
    // e3 now answers r1 instead of r3, which stand apart: it moves over to r1.
    const moved: LayoutGraph = { ...map, edges: [...map.edges.filter((edge) => edge.to !== 'e3'), { from: 'r1', to: 'e3', beside: false }] }
    const positions = await tidyLayout(moved)
    for (const kept of map.vertices.filter((v) => v.id !== 'e3')) expect(positions.get(kept.id)).toEqual({ x: kept.x, y: kept.y })
    const r1 = positions.get('r1')!
    const before = map.vertices.find((v) => v.id === 'e3')!
    expect(Math.abs(before.x - r1.x)).toBeGreaterThan(240)
    expect(Math.abs(positions.get('e3')!.x - r1.x)).toBeLessThan(Math.abs(before.x - r1.x))
    expect(positions.get('e3')!.y).toBeGreaterThan(r1.y)
    noOverlaps(positions)
  })

  it('moves a kept node that one grown since now covers, and nothing else', async () => {
    const map = await tidiedMap()
    const r2 = map.vertices.find((v) => v.id === 'r2')!
    const e2 = map.vertices.find((v) => v.id === 'e2')!
    // r2's text grew: it now reaches 50 px into e2.
    const grown: LayoutGraph = { ...map, vertices: map.vertices.map((v) => (v.id === 'r2' ? { ...v, height: e2.y - r2.y + 50 } : v)) }
    const positions = await tidyLayout(grown)
    for (const kept of map.vertices.filter((v) => v.id !== 'e2')) expect(positions.get(kept.id)).toEqual({ x: kept.x, y: kept.y })
    const placed = positions.get('e2')!
    const r2Box = { ...positions.get('r2')!, height: e2.y - r2.y + 50 }
    expect(placed.x >= r2Box.x + 240 || placed.y >= r2Box.y + r2Box.height).toBe(true)
  })

  it('lays everything out again when most of the map has moved since', async () => {
    const map = await tidiedMap()
    const shuffled: LayoutGraph = { ...map, vertices: map.vertices.map((v, i) => (i < 5 ? { ...v, x: i * 7, y: 0 } : v)) }
    const positions = await tidyLayout(shuffled)
    noOverlaps(positions)
    expect(positions.get('claim')!.y).toBeLessThan(positions.get('r1')!.y)
  })

  it('places a new statement linked to nothing beside the kept map without overlapping it', async () => {
    const map = await tidiedMap()
    const positions = await tidyLayout({ ...map, vertices: [...map.vertices, vertex('alone', 0, 0)] })
    for (const kept of map.vertices) expect(positions.get(kept.id)).toEqual({ x: kept.x, y: kept.y })
    noOverlaps(positions)
  })
})
