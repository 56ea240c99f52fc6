import { describe, expect, it } from 'vitest'
import { type DocSyncState, computeSyncStatus } from './SyncStatus'

const ready: DocSyncState = { connected: true, synced: true, saved: true, lost: false, hadFailure: false }

describe('computeSyncStatus', () => {
  it('says Saved only when both docs are synced and saved', () => {
    expect(computeSyncStatus([ready, ready])).toBe('saved')
    expect(computeSyncStatus([ready, { ...ready, saved: false }])).toBe('saving')
  })

  it('is connecting until the first connection syncs', () => {
    expect(computeSyncStatus([{ ...ready, connected: false, synced: false }, ready])).toBe('connecting')
    expect(computeSyncStatus([{ ...ready, synced: false }, ready])).toBe('connecting')
  })

  it('is offline once a connection failed or dropped, until it is back', () => {
    expect(computeSyncStatus([{ ...ready, connected: false, synced: false, hadFailure: true }, ready])).toBe('offline')
  })

  it('is lost when the server refused for good', () => {
    expect(computeSyncStatus([{ ...ready, connected: false, lost: true }, ready])).toBe('lost')
  })
})
