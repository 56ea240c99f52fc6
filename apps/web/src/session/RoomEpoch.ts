import type { DocName } from '@warrant/model'

/**
 * The room epoch a browser copy was made under. The server bumps it when a room is deleted and
 * re-created under the same id; a copy of the old room must then be discarded, never merged
 * (merging would duplicate the text). The epoch is in each local database's name, and the last
 * epoch seen per room is kept in localStorage.
 */
const recordKey = (roomId: string) => `warrant.epoch.${roomId}`

export function localCopyName(roomId: string, epoch: string, doc: DocName): string {
  return `warrant:${roomId}:${epoch}:${doc}`
}

export function normaliseEpoch(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value === 'string' && value.length > 0 && value.length <= 64 && !value.includes(':')) return value
  return undefined
}

export function lastEpoch(roomId: string): string | undefined {
  try {
    return normaliseEpoch(localStorage.getItem(recordKey(roomId)))
  } catch {
    return undefined
  }
}

export function rememberEpoch(roomId: string, epoch: string): void {
  try {
    localStorage.setItem(recordKey(roomId), epoch)
  } catch {
    // Storage refused: the next visit finds no record and trusts only the server's epoch.
  }
}

/**
 * Deletes every local copy of the room made under an epoch other than `current`: the recorded
 * one, and any other `warrant:<room>:*` database the browser lists. Resolves to how many were
 * deleted. Must run before the room's providers connect.
 */
export async function discardOtherEpochs(roomId: string, current: string, factory: IDBFactory = indexedDB): Promise<number> {
  const names = new Set<string>()
  const recorded = lastEpoch(roomId)
  if (recorded !== undefined && recorded !== current) for (const doc of ['text', 'map'] as const) names.add(localCopyName(roomId, recorded, doc))
  const prefix = `warrant:${roomId}:`
  try {
    for (const { name } of await factory.databases()) {
      if (name?.startsWith(prefix) && name.split(':')[2] !== current) names.add(name)
    }
  } catch {
    // Older engines lack databases(); the recorded epoch is then all we know.
  }
  let deleted = 0
  for (const name of names) {
    // The old copy's count of unacknowledged changes goes with it (LocalPersistence keeps it here).
    try {
      localStorage.removeItem(`warrant.pending.${name}`)
    } catch {
      // Storage disabled: nothing was kept there.
    }
    if (await deleteDatabase(factory, name)) deleted++
  }
  return deleted
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<boolean> {
  return new Promise((resolve) => {
    // Only count databases that existed: deleting a missing one succeeds too.
    const request = factory.deleteDatabase(name)
    request.onsuccess = (event) => resolve((event as IDBVersionChangeEvent).oldVersion > 0)
    request.onerror = () => resolve(false)
    request.onblocked = () => {}
  })
}
