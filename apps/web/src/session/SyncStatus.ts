/** What the status badge says about a room's connection and storage. */
export type SyncState = 'connecting' | 'saved' | 'saving' | 'saved-locally' | 'offline' | 'lost'

export interface SyncStatus {
  readonly state: SyncState
  /** Local changes no server acknowledgement covers yet, summed over both docs. */
  readonly waiting: number
  /** The server cannot be reached now (whatever the badge says): offline work, checks to retry. */
  readonly offline: boolean
}

export function syncStatusLabel({ state, waiting }: SyncStatus): string {
  switch (state) {
    case 'connecting':
      return 'Connecting…'
    case 'saved':
      return 'Saved'
    case 'saving':
      return 'Saving…'
    case 'saved-locally':
      return 'Saved on this device'
    case 'offline':
      return `Offline — ${waiting} ${waiting === 1 ? 'change' : 'changes'} waiting`
    case 'lost':
      return 'Connection lost'
  }
}

/** One doc's connection as the status needs it. */
export interface DocSyncState {
  connected: boolean
  synced: boolean
  saved: boolean
  /** The server refused for good (close code 4400-4499): the provider stopped reconnecting. */
  lost: boolean
  /** At least one connection attempt failed or dropped. */
  hadFailure: boolean
  /** Local changes not yet covered by a server acknowledgement (PendingChanges). */
  waiting: number
  /** IndexedDB holds every change made so far (LocalPersistence). */
  storedLocally: boolean
}

/**
 * Rules, first match wins:
 * 1. a doc's access ended for good (44xx) → lost;
 *    (`unreachable`: the server could not confirm the room's epoch yet, so the providers wait; it
 *    counts as a failed connection);
 * 2. a doc is not connected: after a failure → offline with N changes waiting, or, when nothing
 *    waits and the device copy holds everything, "Saved on this device"; before any failure
 *    (the first connection, or the local copy still loading) → connecting;
 * 3. connected but not yet synced → connecting;
 * 4. every change acknowledged by the server → saved;
 * 5. not yet acknowledged, but the device copy holds everything → saved-locally, else saving.
 */
export function computeSyncStatus(docs: readonly DocSyncState[], unreachable = false): SyncStatus {
  const waiting = docs.reduce((sum, doc) => sum + doc.waiting, 0)
  const storedLocally = docs.every((doc) => doc.storedLocally)
  if (docs.some((doc) => doc.lost)) return { state: 'lost', waiting, offline: false }
  if (docs.some((doc) => !doc.connected)) {
    if (!unreachable && !docs.some((doc) => doc.hadFailure)) return { state: 'connecting', waiting, offline: false }
    return { state: waiting === 0 && storedLocally ? 'saved-locally' : 'offline', waiting, offline: true }
  }
  if (docs.some((doc) => !doc.synced)) return { state: 'connecting', waiting, offline: false }
  if (waiting === 0 && docs.every((doc) => doc.saved)) return { state: 'saved', waiting, offline: false }
  return { state: storedLocally ? 'saved-locally' : 'saving', waiting, offline: false }
}

export const sameSyncStatus = (a: SyncStatus, b: SyncStatus): boolean => a.state === b.state && a.waiting === b.waiting && a.offline === b.offline
