import { describe, expect, it } from 'vitest'
import { FocusStore } from './FocusStore'

describe('FocusStore', () => {
  it("tells a node's hover subscribers only when that node starts or stops being hovered", () => {
    const focus = new FocusStore()
    const told = { a: 0, b: 0, c: 0, all: 0 }
    focus.subscribeHovered('a', () => told.a++)
    focus.subscribeHovered('b', () => told.b++)
    const stopC = focus.subscribeHovered('c', () => told.c++)
    focus.subscribe(() => told.all++)

    focus.hover('a')
    expect(told).toEqual({ a: 1, b: 0, c: 0, all: 1 })
    focus.hover('b')
    expect(told).toEqual({ a: 2, b: 1, c: 0, all: 2 })
    focus.hover('b')
    expect(told).toEqual({ a: 2, b: 1, c: 0, all: 2 })
    focus.hover(null)
    expect(told).toEqual({ a: 2, b: 2, c: 0, all: 3 })

    // A reveal (each node made from the reader asks for one) is no node's hover change.
    focus.revealOnMap('a')
    focus.revealInReader('c')
    expect(told).toEqual({ a: 2, b: 2, c: 0, all: 5 })

    stopC()
    focus.hover('c')
    expect(told.c).toBe(0)
    expect(focus.getState().hoveredNodeId).toBe('c')
  })

  it('keeps the other subscribers of a node when one leaves', () => {
    const focus = new FocusStore()
    let first = 0
    let second = 0
    const stopFirst = focus.subscribeHovered('a', () => first++)
    focus.subscribeHovered('a', () => second++)
    stopFirst()
    focus.hover('a')
    expect([first, second]).toEqual([0, 1])
  })
})
