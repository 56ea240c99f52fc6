import { expect, it } from 'vitest'
import type { Junction, Link } from '@warrant/model'
import { reconcileFlowEdges } from './reconcileFlowEdges'

const link = (id: string, kind: Link['kind'] = 'supports'): Link => ({
  v: 1,
  id,
  kind,
  source: `${id}-s`,
  target: `${id}-t`,
  author: { id: 'u', name: 'U' },
  createdAt: 1,
})

it('reuses unchanged edges and remakes a changed one, keeping its selection', () => {
  const a = link('a')
  const b = link('b')
  const first = reconcileFlowEdges([], [a, b])
  expect(reconcileFlowEdges(first, [a, b])).toBe(first)
  const selected = [first[0]!, { ...first[1]!, selected: true }]
  const next = reconcileFlowEdges(selected, [a, { ...b, kind: 'attacks' }])
  expect(next[0]).toBe(first[0])
  expect(next[1]).toMatchObject({ selected: true, data: { record: { kind: 'attacks' } } })
})

const junction = (id: string, conclusion: string, x = 0): Junction => ({
  v: 1,
  id,
  conclusion,
  scheme: null,
  author: { id: 'u', name: 'U' },
  createdAt: 1,
  position: { x, y: 0 },
})

it('draws one conclusion edge per junction and keeps it while the junction only moves', () => {
  const premise = link('p', 'premise')
  const j = junction('j', 'c')
  const first = reconcileFlowEdges([], [premise], [j])
  expect(first.map((edge) => [edge.id, edge.type, edge.source, edge.target])).toEqual([
    ['p', 'link', 'p-s', 'p-t'],
    ['conclusion:j', 'conclusion', 'j', 'c'],
  ])
  expect(reconcileFlowEdges(first, [premise], [j])).toBe(first)
  const moved = reconcileFlowEdges(first, [premise], [{ ...j, position: { x: 40, y: 9 } }])
  expect(moved[1]).toBe(first[1])
  expect(reconcileFlowEdges(moved, [premise], [])).toHaveLength(1)
})
