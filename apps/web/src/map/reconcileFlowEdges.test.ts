import { expect, it } from 'vitest'
import type { Link } from '@warrant/model'
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
