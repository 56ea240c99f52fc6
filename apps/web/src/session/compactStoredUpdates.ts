import * as Y from 'yjs'

/**
 * Folds the records of a y-indexeddb copy (its `updates` store) into one, as y-indexeddb's own
 * trim does, but from the records alone, so it can run in a worker: they are applied to a fresh
 * doc and stored as that doc's state (deleted content collected), and the records it came from
 * are deleted, in one readwrite transaction, so a write from a page (this room's other tabs
 * included) lands wholly before or after it and none is lost. Resolves with the number of
 * records folded (0: nothing to do, or no such copy: it is not created).
 */
export function compactStoredUpdates(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(name)
    // Only a copy that does not exist needs an upgrade: opening must not create an empty one,
    // which y-indexeddb would then open without its stores.
    opening.onupgradeneeded = () => opening.transaction?.abort()
    opening.onerror = (event) => {
      event.preventDefault()
      if (opening.error?.name === 'AbortError') resolve(0)
      else reject(opening.error ?? new Error(`Could not open ${name}`))
    }
    opening.onsuccess = () => {
      const db = opening.result
      let folded = 0
      const done = (error: Error | null) => {
        db.close()
        if (error) reject(error)
        else resolve(folded)
      }
      if (!db.objectStoreNames.contains('updates')) return done(null)
      const transaction = db.transaction(['updates'], 'readwrite')
      const store = transaction.objectStore('updates')
      const keys = store.getAllKeys()
      const values = store.getAll()
      values.onsuccess = () => {
        const records = values.result as Uint8Array[]
        const lastKey = keys.result.at(-1)
        if (records.length < 2 || lastKey === undefined) return
        const doc = new Y.Doc()
        Y.transact(doc, () => {
          for (const record of records) Y.applyUpdate(doc, record)
        })
        store.add(Y.encodeStateAsUpdate(doc))
        store.delete(IDBKeyRange.upperBound(lastKey))
        doc.destroy()
        folded = records.length
      }
      transaction.oncomplete = () => done(null)
      transaction.onabort = () => done(transaction.error ?? new Error('Compaction aborted'))
    }
  })
}
