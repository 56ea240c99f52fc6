// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { caretAwareness } from './caretAwareness'

describe('caretAwareness', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] })
  })
  afterEach(() => vi.useRealTimers())

  it('publishes the caret once, after the next frame, with the latest value', () => {
    const real = new Awareness(new Y.Doc())
    real.setLocalStateField('user', { name: 'Ada' })
    const updates = vi.fn<() => void>()
    real.on('update', updates)
    const awareness = caretAwareness(real)
    awareness.setLocalStateField('cursor', { head: 1 })
    awareness.setLocalStateField('cursor', { head: 2 })
    expect(updates).not.toHaveBeenCalled()
    expect(real.getLocalState()?.cursor).toBeUndefined()
    // The caret plugin compares with what it published last: the pending value counts.
    expect(awareness.getLocalState()?.cursor).toEqual({ head: 2 })
    vi.advanceTimersToNextFrame()
    vi.advanceTimersByTime(1)
    expect(updates).toHaveBeenCalledTimes(1)
    expect(real.getLocalState()?.cursor).toEqual({ head: 2 })
    expect(real.getLocalState()?.user).toEqual({ name: 'Ada' })
  })

  it('publishes without a frame too (a hidden tab has none)', () => {
    const real = new Awareness(new Y.Doc())
    const awareness = caretAwareness(real)
    awareness.setLocalStateField('cursor', null)
    vi.advanceTimersByTime(250)
    expect(real.getLocalState()).toEqual({ cursor: null })
  })

  it('passes other fields at once', () => {
    const real = new Awareness(new Y.Doc())
    caretAwareness(real).setLocalStateField('user', { name: 'Ada' })
    expect(real.getLocalState()?.user).toEqual({ name: 'Ada' })
  })

  it('tells change listeners of other browsers only, and lets them go', () => {
    const real = new Awareness(new Y.Doc())
    const awareness = caretAwareness(real)
    const listener = vi.fn<() => void>()
    awareness.on('change', listener)
    real.setLocalStateField('cursor', { head: 3 })
    expect(listener).not.toHaveBeenCalled()
    const other = new Awareness(new Y.Doc())
    other.setLocalStateField('cursor', { head: 5 })
    applyAwarenessUpdate(real, encodeAwarenessUpdate(other, [other.clientID]), 'remote')
    expect(listener).toHaveBeenCalledTimes(1)
    awareness.off('change', listener)
    other.setLocalStateField('cursor', { head: 6 })
    applyAwarenessUpdate(real, encodeAwarenessUpdate(other, [other.clientID]), 'remote')
    expect(listener).toHaveBeenCalledTimes(1)
    real.destroy()
    other.destroy()
  })
})
