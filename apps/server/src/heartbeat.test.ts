import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type Beating, HeartbeatSweep, Liveness } from './heartbeat'

describe('HeartbeatSweep', () => {
  beforeEach(() => void vi.useFakeTimers())
  afterEach(() => void vi.useRealTimers())

  it('beats every peer once per interval, a slice at a time', () => {
    const sweep = new HeartbeatSweep(30_000, 30)
    const beats = new Map<Beating, number>()
    const perTick: number[] = []
    let thisTick = 0
    const peers = Array.from({ length: 4000 }, () => {
      const peer: Beating = {
        beat: () => {
          beats.set(peer, (beats.get(peer) ?? 0) + 1)
          thisTick++
        },
      }
      sweep.watch(peer)
      return peer
    })
    for (let tick = 0; tick < 30; tick++) {
      thisTick = 0
      vi.advanceTimersByTime(1000)
      perTick.push(thisTick)
    }
    expect(peers.every((peer) => beats.get(peer) === 1)).toBe(true)
    expect(Math.max(...perTick)).toBeLessThanOrEqual(Math.ceil(4000 / 30))
    for (const peer of peers) sweep.forget(peer)
    expect(sweep.size).toBe(0)
  })

  it('stops beating a forgotten peer', () => {
    const sweep = new HeartbeatSweep(300, 3)
    const beat = vi.fn<() => void>()
    const peer = { beat }
    sweep.watch(peer)
    vi.advanceTimersByTime(300)
    expect(beat).toHaveBeenCalledTimes(1)
    sweep.forget(peer)
    vi.advanceTimersByTime(3000)
    expect(beat).toHaveBeenCalledTimes(1)
  })
})

describe('Liveness', () => {
  it('never pings a peer that keeps talking', () => {
    const liveness = new Liveness()
    for (let beat = 0; beat < 5; beat++) {
      liveness.heardFrom()
      expect(liveness.beat()).toBe('nothing')
    }
  })

  it('pings a silent peer, then drops it if nothing comes back', () => {
    const liveness = new Liveness()
    expect(liveness.beat()).toBe('nothing')
    expect(liveness.beat()).toBe('ping')
    expect(liveness.beat()).toBe('drop')
  })

  it('keeps a silent peer that answers the ping', () => {
    const liveness = new Liveness()
    liveness.beat()
    expect(liveness.beat()).toBe('ping')
    liveness.heardFrom()
    expect(liveness.beat()).toBe('nothing')
    expect(liveness.beat()).toBe('ping')
  })
})
