import { describe, expect, it } from 'vitest'
import type { LayoutEdge, LayoutGraph } from './LayoutGraph'
import { ranksFromTop } from './ranksFromTop'

const graphOf = (ids: string[], links: [string, string, boolean?][]): LayoutGraph => ({
  vertices: ids.map((id) => ({ id, width: 240, height: 100, x: 0, y: 0, pinned: false })),
  edges: links.map(([from, to, beside = false]): LayoutEdge => ({ from, to, beside })),
})

function expectAllPointDown(ranked: ReturnType<typeof ranksFromTop>) {
  for (const link of ranked.links) expect(ranked.ranks.get(link.to)! - ranked.ranks.get(link.from)!).toBeGreaterThanOrEqual(1)
}

describe('ranksFromTop', () => {
  it('puts each statement one row below what it supports or attacks', () => {
    const { ranks } = ranksFromTop(graphOf(['claim', 'reason', 'objection', 'evidence'], [['claim', 'reason'], ['claim', 'objection', true], ['reason', 'evidence']]))
    expect(Object.fromEntries(ranks)).toEqual({ claim: 0, reason: 1, objection: 1, evidence: 2 })
  })

  it('puts a statement with two parents below the lower one', () => {
    const { ranks } = ranksFromTop(graphOf(['a', 'b', 'c', 'x'], [['a', 'b'], ['b', 'c'], ['a', 'x'], ['c', 'x']]))
    expect(ranks.get('x')).toBe(3)
  })

  it('brings a conclusion whose only reason sits low down to just above it', () => {
    const { ranks } = ranksFromTop(graphOf(['a', 'b', 'c', 'x', 'lone'], [['a', 'b'], ['b', 'c'], ['c', 'x'], ['lone', 'x']]))
    expect(ranks.get('x')).toBe(3)
    expect(ranks.get('lone')).toBe(2)
    // Its reason weighs no more than what it answers: the middle of a chain stays put.
    expect(ranks.get('b')).toBe(1)
  })

  it('turns round a link that closes a cycle, so every link points down', () => {
    const ranked = ranksFromTop(graphOf(['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['c', 'a']]))
    expect(ranked.links).toHaveLength(3)
    expectAllPointDown(ranked)
  })

  it('keeps one link for a pair linked both ways, and drops self links and links to missing statements', () => {
    const ranked = ranksFromTop(graphOf(['a', 'b'], [['a', 'b'], ['b', 'a', true], ['a', 'a'], ['a', 'gone']]))
    expect(ranked.links).toHaveLength(1)
    expect(ranked.ranks.size).toBe(2)
    expectAllPointDown(ranked)
  })

  it('ranks a chain of 20,000 without running out of stack, and tangled links all point down', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `n${i}`)
    const chain = ranksFromTop(graphOf(ids, ids.slice(1).map((id, i) => [ids[i]!, id])))
    expect(chain.ranks.get('n19999')).toBe(19_999)

    let state = 11
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
    const some = ids.slice(0, 300)
    const tangled = ranksFromTop(graphOf(some, Array.from({ length: 600 }, () => [some[Math.floor(random() * 300)]!, some[Math.floor(random() * 300)]!, random() < 0.3])))
    expect(tangled.ranks.size).toBe(300)
    expectAllPointDown(tangled)
  })
})
