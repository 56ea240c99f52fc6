import { describe, expect, it } from 'vitest'
import type { ArgumentNode, Junction } from '@warrant/model'
import { reconcileFlowNodes } from './reconcileFlowNodes'

const record = (id: string, x = 0, text = id): ArgumentNode => ({
  v: 1,
  id,
  kind: 'claim',
  text,
  author: { id: 'u', name: 'U' },
  createdAt: 1,
  position: { x, y: 0 },
})

const junction = (id: string, x = 0, scheme: string | null = null): Junction => ({
  v: 1,
  id,
  conclusion: 'a',
  scheme,
  author: { id: 'u', name: 'U' },
  createdAt: 1,
  position: { x, y: 0 },
})

describe('reconcileFlowNodes', () => {
  it('reuses the flow node of an unchanged record, and the array when nothing changed', () => {
    const records = [record('a'), record('b')]
    const first = reconcileFlowNodes([], records)
    const second = reconcileFlowNodes(first, [...records])
    expect(second).toBe(first)
  })

  it('makes a new flow node for a changed record and leaves the others alone', () => {
    const a = record('a')
    const b = record('b')
    const first = reconcileFlowNodes([], [a, b])
    const moved = { ...b, position: { x: 50, y: 0 } }
    const second = reconcileFlowNodes(first, [a, moved])
    expect(second).not.toBe(first)
    expect(second[0]).toBe(first[0])
    expect(second[1]).not.toBe(first[1])
    expect(second[1]!.position).toEqual({ x: 50, y: 0 })
    expect(second[1]!.data.record).toBe(moved)
  })

  it('keeps selection and measured size, and the local position while dragging', () => {
    const a = record('a')
    const [flow] = reconcileFlowNodes([], [a])
    const local = { ...flow!, selected: true, dragging: true, measured: { width: 240, height: 90 }, position: { x: 99, y: 9 } }
    const [next] = reconcileFlowNodes([local], [{ ...a, position: { x: 40, y: 4 } }])
    expect(next).toMatchObject({ selected: true, measured: { width: 240, height: 90 }, position: { x: 99, y: 9 } })
    const [dropped] = reconcileFlowNodes([{ ...local, dragging: false }], [{ ...a, position: { x: 41, y: 5 } }])
    expect(dropped!.position).toEqual({ x: 41, y: 5 })
  })

  it('keeps the nodes as they are when the only change is the position of a node this browser drags', () => {
    const a = record('a')
    const b = record('b')
    const first = reconcileFlowNodes([], [a, b])
    const local = [first[0]!, { ...first[1]!, dragging: true, position: { x: 70, y: 3 } }]
    const echo = { ...b, author: { ...b.author }, position: { x: 70, y: 3 } }
    expect(reconcileFlowNodes(local, [a, echo])).toBe(local)
    const edited = { ...echo, text: 'edited meanwhile' }
    const next = reconcileFlowNodes(local, [a, edited])
    expect(next[1]!.data.record).toBe(edited)
    expect(next[1]!.position).toEqual({ x: 70, y: 3 })
  })

  it('adds and removes nodes as the records come and go', () => {
    const first = reconcileFlowNodes([], [record('a'), record('b')])
    const second = reconcileFlowNodes(first, [first[1]!.data.record as ArgumentNode, record('c')])
    expect(second.map((node) => node.id)).toEqual(['b', 'c'])
    expect(second[0]).toBe(first[1])
  })

  it('keeps identity for unchanged junctions and remakes a changed one as a junction node', () => {
    const records = [record('a'), record('b')]
    const j = junction('j')
    const first = reconcileFlowNodes([], records, [j])
    expect(first.map((node) => node.type)).toEqual(['argument', 'argument', 'junction'])
    expect(reconcileFlowNodes(first, records, [j])).toBe(first)
    const named = { ...j, scheme: 'Argument from expert opinion' }
    const second = reconcileFlowNodes(first, records, [named])
    expect(second[0]).toBe(first[0])
    expect(second[2]).not.toBe(first[2])
    expect(second[2]!.data.record).toBe(named)
  })

  it('hides collapsed nodes and shows them again, leaving the others alone', () => {
    const records = [record('a'), record('b')]
    const first = reconcileFlowNodes([], records)
    const collapsed = reconcileFlowNodes(first, records, [], new Set(['b']))
    expect(collapsed[0]).toBe(first[0])
    expect(collapsed[1]!.hidden).toBe(true)
    expect(reconcileFlowNodes(collapsed, records, [], new Set(['b']))).toBe(collapsed)
    const expanded = reconcileFlowNodes(collapsed, records)
    expect(expanded[1]!.hidden).toBeUndefined()
  })

  it('gives a big map\'s unrendered nodes an estimated size and handles, dropped once measured', () => {
    const a = record('a', 0, 'A short claim')
    const j = junction('j')
    const [node, dot] = reconcileFlowNodes([], [a], [j], undefined, true)
    const height = node!.measured!.height!
    expect(node!.measured!.width).toBe(240)
    expect(height).toBeGreaterThan(60)
    // Centred on the top and bottom borders, as map.css puts them.
    expect(node!.handles).toEqual([
      expect.objectContaining({ type: 'source', x: 115, y: -5, width: 10 }),
      expect.objectContaining({ type: 'target', x: 115, y: height - 5, width: 10 }),
    ])
    expect(dot).toMatchObject({ measured: { width: 28, height: 28 }, handles: [expect.objectContaining({ y: -4 }), expect.objectContaining({ y: 24 })] })
    expect(reconcileFlowNodes([], [a])[0]).not.toHaveProperty('handles')

    // Moved before it was rendered: the same estimate, not made again.
    const [shifted] = reconcileFlowNodes([node!], [{ ...a, position: { x: 5, y: 0 } }], [], undefined, true)
    expect(shifted!.measured).toBe(node!.measured)

    // A longer text before the node was rendered: a taller estimate.
    const [longer] = reconcileFlowNodes([node!], [{ ...a, text: 'A much longer claim that wraps over several lines of the card. '.repeat(3) }], [], undefined, true)
    expect(longer!.measured!.height).toBeGreaterThan(height)

    // Measured (keepMeasured set the size and dropped the handles): kept through later changes.
    const measured = { ...node!, measured: { width: 240, height: 101 } }
    delete measured.handles
    const [moved] = reconcileFlowNodes([measured], [{ ...a, position: { x: 9, y: 0 } }], [], undefined, true)
    expect(moved!.measured).toEqual({ width: 240, height: 101 })
    expect(moved).not.toHaveProperty('handles')
  })
})
