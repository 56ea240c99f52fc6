import { describe, expect, it } from 'vitest'
import { type DocSyncState, computeSyncStatus, syncStatusLabel } from './SyncStatus'

const ready: DocSyncState = { connected: true, synced: true, saved: true, lost: false, hadFailure: false, waiting: 0, storedLocally: true }
const offline: DocSyncState = { ...ready, connected: false, synced: false, hadFailure: true }
const label = (docs: DocSyncState[]) => syncStatusLabel(computeSyncStatus(docs))

describe('computeSyncStatus', () => {
  it('says Saved only when both docs are synced and every change is acknowledged', () => {
    expect(computeSyncStatus([ready, ready]).state).toBe('saved')
    expect(label([ready, ready])).toBe('Saved')
  })

  it('says Saved on this device while the server has not acknowledged what IndexedDB already holds', () => {
    expect(label([ready, { ...ready, saved: false, waiting: 1 }])).toBe('Saved on this device')
    expect(computeSyncStatus([ready, { ...ready, waiting: 2 }]).state).toBe('saved-locally')
  })

  it('says Saving… while neither the server nor IndexedDB holds a change yet', () => {
    expect(label([ready, { ...ready, saved: false, waiting: 1, storedLocally: false }])).toBe('Saving…')
  })

  it('is connecting until the first connection syncs', () => {
    expect(label([{ ...ready, connected: false, synced: false }, ready])).toBe('Connecting…')
    expect(computeSyncStatus([{ ...ready, synced: false }, ready]).state).toBe('connecting')
  })

  it('counts the changes waiting over both docs while offline', () => {
    expect(label([{ ...offline, waiting: 2 }, { ...ready, waiting: 1 }])).toBe('Offline — 3 changes waiting')
    expect(label([{ ...offline, waiting: 1, storedLocally: false }, ready])).toBe('Offline — 1 change waiting')
    expect(computeSyncStatus([{ ...offline, waiting: 1 }, ready])).toEqual({ state: 'offline', waiting: 1, offline: true })
  })

  it('is Saved on this device offline when nothing waits and the device copy holds everything', () => {
    expect(label([offline, offline])).toBe('Saved on this device')
    expect(label([{ ...offline, storedLocally: false }, offline])).toBe('Offline — 0 changes waiting')
  })

  it('is offline while the server cannot confirm the room epoch and the providers wait', () => {
    const waitingToConnect: DocSyncState = { ...ready, connected: false, synced: false, waiting: 2 }
    expect(computeSyncStatus([waitingToConnect, waitingToConnect], true)).toEqual({ state: 'offline', waiting: 4, offline: true })
  })

  it('is lost when the server refused for good', () => {
    expect(label([{ ...ready, connected: false, lost: true, waiting: 4 }, ready])).toBe('Connection lost')
  })
})
