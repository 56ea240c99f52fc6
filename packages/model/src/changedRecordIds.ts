import type * as Y from 'yjs'

/** The record ids a batch of deep events on a collection touched. */
export function changedRecordIds(events: Y.YEvent<Y.AbstractType<unknown>>[], collection: Y.Map<unknown>): Set<string> {
  const ids = new Set<string>()
  for (const event of events) {
    if (event.target === collection) {
      for (const key of (event as Y.YMapEvent<unknown>).keysChanged) ids.add(key)
    } else {
      const id = event.path[0]
      if (typeof id === 'string') ids.add(id)
    }
  }
  return ids
}
