// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { IndexeddbPersistence } from 'y-indexeddb'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { LocalPersistence } from './LocalPersistence'
import { compactStoredUpdates } from './compactStoredUpdates'

let copies = 0
const freshName = () => `compact-${++copies}`

function countRecords(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(name)
    opening.onerror = () => reject(opening.error)
    opening.onsuccess = () => {
      const count = opening.result.transaction(['updates']).objectStore('updates').count()
      count.onsuccess = () => {
        opening.result.close()
        resolve(count.result)
      }
    }
  })
}

/** What a fresh page reads back from the copy `name`. */
async function readBack(name: string): Promise<{ text: string; moves: unknown }> {
  const doc = new Y.Doc()
  const persistence = new IndexeddbPersistence(name, doc)
  await persistence.whenSynced
  const read = { text: doc.getText('t').toString(), moves: doc.getMap('m').toJSON() }
  await persistence.destroy()
  return read
}

describe('compactStoredUpdates', () => {
  it('folds every record into one that reads back the same, deleted content and all', async () => {
    const name = freshName()
    const doc = new Y.Doc()
    const persistence = new IndexeddbPersistence(name, doc)
    await persistence.whenSynced
    for (let i = 0; i < 300; i++) doc.getText('t').insert(doc.getText('t').length, `w${i} `)
    for (let i = 0; i < 300; i++) doc.getMap('m').set(`n${i % 20}`, { x: i, y: -i })
    doc.getText('t').delete(0, 10)
    await vi.waitFor(async () => expect(await countRecords(name)).toBeGreaterThan(600))
    const expected = { text: doc.getText('t').toString(), moves: doc.getMap('m').toJSON() }
    await persistence.destroy()

    const folded = await compactStoredUpdates(name)
    expect(folded).toBeGreaterThan(600)
    expect(await countRecords(name)).toBe(1)
    expect(await readBack(name)).toEqual(expected)
  })

  it('loses nothing written while it runs', async () => {
    const name = freshName()
    const doc = new Y.Doc()
    const persistence = new IndexeddbPersistence(name, doc)
    await persistence.whenSynced
    for (let i = 0; i < 50; i++) doc.getText('t').insert(0, 'a')
    await vi.waitFor(async () => expect(await countRecords(name)).toBeGreaterThan(50))
    const compacting = compactStoredUpdates(name)
    doc.getText('t').insert(0, 'late ')
    await compacting
    // The late record is folded in or kept beside the folded one, depending on which transaction opened first.
    await vi.waitFor(async () => expect(await countRecords(name)).toBeLessThanOrEqual(2))
    const expected = doc.getText('t').toString()
    await persistence.destroy()
    expect((await readBack(name)).text).toBe(expected)
  })

  it('creates no copy that was not there', async () => {
    const name = freshName()
    expect(await compactStoredUpdates(name)).toBe(0)
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(name)
  })
})

describe('LocalPersistence', () => {
  it('asks for the copy to be folded once it holds 500 records and changes pause, and stays stored', async () => {
    const name = freshName()
    const doc = new Y.Doc()
    const compact = vi.fn<(name: string) => Promise<number>>(compactStoredUpdates)
    const store = new LocalPersistence(name, doc, () => {}, compact)
    await store.whenLoaded
    // y-indexeddb counts the records just after it reports the copy loaded.
    await vi.waitFor(() => expect(store.persistence._dbsize).toBeGreaterThan(0))
    store.persistence._dbsize = 499
    doc.getText('t').insert(0, 'the five hundredth')
    await vi.waitFor(() => expect(compact).toHaveBeenCalledWith(name), { timeout: 3000 })
    await vi.waitFor(async () => expect(await countRecords(name)).toBe(1))
    expect(store.stored).toBe(true)
    await store.destroy()
    expect((await readBack(name)).text).toBe('the five hundredth')
  })
})
