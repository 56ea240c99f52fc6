import { describe, expect, it } from 'vitest'
import type { LayoutGraph } from './LayoutGraph'
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

  it('leaves pinned nodes where people put them', async () => {
    const pinned = await tidyLayout({ ...graph, vertices: graph.vertices.map((v) => (v.id === 'objection' ? { ...v, pinned: true } : v)) })
    expect(pinned.has('objection')).toBe(false)
    expect(pinned.size).toBe(3)
  })
})
