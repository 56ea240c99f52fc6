// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LatestAfterPaint } from './LatestAfterPaint'

describe('LatestAfterPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] })
  })
  afterEach(() => vi.useRealTimers())

  it('applies the latest value once, in a task after the next frame', () => {
    const apply = vi.fn<(value: string) => void>()
    const later = new LatestAfterPaint(apply)
    later.set('Saving…')
    later.set('Saved')
    expect(later.waiting).toEqual({ value: 'Saved' })
    vi.advanceTimersToNextFrame()
    expect(apply).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(apply).toHaveBeenCalledTimes(1)
    expect(apply).toHaveBeenCalledWith('Saved')
    expect(later.waiting).toBeNull()
    later.set('Saving…')
    vi.advanceTimersToNextFrame()
    vi.advanceTimersByTime(1)
    expect(apply).toHaveBeenLastCalledWith('Saving…')
    expect(apply).toHaveBeenCalledTimes(2)
  })

  it('applies without a frame too (a hidden tab has none)', () => {
    const apply = vi.fn<(value: number) => void>()
    new LatestAfterPaint(apply).set(1)
    vi.advanceTimersByTime(250)
    expect(apply).toHaveBeenCalledWith(1)
  })

  it('drops what waits when cancelled', () => {
    const apply = vi.fn<(value: number) => void>()
    const later = new LatestAfterPaint(apply)
    later.set(1)
    later.cancel()
    expect(later.waiting).toBeNull()
    vi.advanceTimersByTime(500)
    expect(apply).not.toHaveBeenCalled()
  })
})
