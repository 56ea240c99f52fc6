// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { announcer } from './announcer'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] })
})
afterEach(() => vi.useRealTimers())

const nextFrame = () => {
  vi.advanceTimersToNextFrame()
  vi.advanceTimersByTime(1)
}

it('says the latest message after the frame, and changes the region when the same words come again', () => {
  const heard = vi.fn<() => void>()
  const unsubscribe = announcer.subscribe(heard)
  announcer.say('Node added: Claim, A')
  expect(heard).not.toHaveBeenCalled()
  nextFrame()
  const first = announcer.get()
  expect(first.trim()).toBe('Node added: Claim, A')
  // Another message and then the first again in one frame: only the last is read, and it must
  // differ from what the region holds, or a screen reader would not read it again.
  announcer.say('Node deleted')
  announcer.say('Node added: Claim, A')
  nextFrame()
  expect(heard).toHaveBeenCalledTimes(2)
  expect(announcer.get().trim()).toBe('Node added: Claim, A')
  expect(announcer.get()).not.toBe(first)
  unsubscribe()
})
