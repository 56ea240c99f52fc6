import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SettledStatus, savingHoldMs } from './SettledStatus'
import type { SyncState, SyncStatus } from './SyncStatus'

const status = (state: SyncState, waiting = 0, offline = false): SyncStatus => ({ state, waiting, offline })

describe('SettledStatus', () => {
  let shown: SyncState[]
  let settled: SettledStatus
  beforeEach(() => {
    vi.useFakeTimers()
    shown = []
    settled = new SettledStatus((s) => shown.push(s.state))
  })
  afterEach(() => {
    settled.dispose()
    vi.useRealTimers()
  })

  it('shows the first status and "Saving…" at once', () => {
    settled.update(status('connecting'))
    settled.update(status('saved'))
    settled.update(status('saving', 1))
    expect(shown).toEqual(['connecting', 'saved', 'saving'])
  })

  it('keeps "Saving…" through a burst of keystrokes and shows "Saved" once, after the hold', () => {
    settled.update(status('saved'))
    for (let key = 0; key < 20; key++) {
      settled.update(status('saving', 1))
      settled.update(status('saved-locally', 1))
      settled.update(status('saved'))
      vi.advanceTimersByTime(savingHoldMs / 3)
    }
    expect(shown).toEqual(['saved', 'saving'])
    vi.advanceTimersByTime(savingHoldMs)
    expect(shown).toEqual(['saved', 'saving', 'saved'])
  })

  it('does not hold while the room opens', () => {
    settled.update(status('connecting'))
    settled.update(status('saving', 1))
    settled.update(status('saved'))
    expect(shown).toEqual(['connecting', 'saving', 'saved'])
  })

  it('never shows "Saved" once a newer status says a change is waiting again', () => {
    settled.update(status('saved'))
    settled.update(status('saving', 1))
    settled.update(status('saved'))
    settled.update(status('saving', 2))
    vi.advanceTimersByTime(savingHoldMs * 5)
    expect(shown).toEqual(['saved', 'saving', 'saving'])
  })

  it('shows offline and lost at once, without the hold', () => {
    settled.update(status('saving', 1))
    settled.update(status('offline', 1, true))
    settled.update(status('saved-locally', 0, true))
    settled.update(status('lost', 0))
    expect(shown).toEqual(['saving', 'offline', 'saved-locally', 'lost'])
  })

  it('shows "Saved on this device" after the hold when the server is slow to confirm', () => {
    settled.update(status('saved'))
    settled.update(status('saving', 1))
    settled.update(status('saved-locally', 1))
    expect(shown).toEqual(['saved', 'saving'])
    vi.advanceTimersByTime(savingHoldMs)
    expect(shown).toEqual(['saved', 'saving', 'saved-locally'])
  })

  it('shows nothing after dispose', () => {
    settled.update(status('saved'))
    settled.update(status('saving', 1))
    settled.update(status('saved'))
    settled.dispose()
    vi.advanceTimersByTime(savingHoldMs * 2)
    expect(shown).toEqual(['saved', 'saving'])
  })
})
