/** What the status badge says about a room's connection and storage. */
export type SyncStatus = 'connecting' | 'saved' | 'saving' | 'offline' | 'lost'

export const syncStatusLabels: Record<SyncStatus, string> = {
  connecting: 'Connecting…',
  saved: 'Saved',
  saving: 'Saving…',
  offline: 'Offline — reconnecting',
  lost: 'Connection lost',
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
}

export function computeSyncStatus(docs: readonly DocSyncState[]): SyncStatus {
  if (docs.some((doc) => doc.lost)) return 'lost'
  if (docs.some((doc) => !doc.connected)) return docs.some((doc) => doc.hadFailure) ? 'offline' : 'connecting'
  if (docs.some((doc) => !doc.synced)) return 'connecting'
  return docs.every((doc) => doc.saved) ? 'saved' : 'saving'
}
