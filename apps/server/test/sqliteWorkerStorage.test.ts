import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { afterEach, expect, test, vi } from 'vitest'
import { SqliteStorage } from '../src/index'
import { readStoredRows } from './helpers/readStoredDoc'
import { tempDataDir } from './helpers/tempDataDir'

const opened: SqliteStorage[] = []
afterEach(async () => {
  vi.restoreAllMocks()
  for (const storage of opened.splice(0)) await storage.close()
})

const open = (dataDir: string): SqliteStorage => {
  const storage = new SqliteStorage(dataDir)
  opened.push(storage)
  return storage
}

const textUpdate = (text: string): Uint8Array => {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

const textOf = (updates: Uint8Array[]): string => {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc.getText('t').toString()
}

test('load sees appends and compactions made just before it, committed or not', async () => {
  const storage = open(tempDataDir())
  const first = textUpdate('one')
  storage.append('room/text', first)
  // Same tick, nothing committed yet.
  expect((await storage.load('room/text')).updates).toEqual([first])
  storage.append('room/text', textUpdate('two'))
  const snapshot = textUpdate('snap')
  storage.compact('room/text', snapshot)
  storage.append('room/text', first)
  expect((await storage.load('room/text')).updates).toEqual([snapshot, first])
  expect((await storage.load('other/text')).updates).toEqual([])
})

test('flush resolves once the worker committed everything appended before it; the buffers stay readable', async () => {
  const dataDir = tempDataDir()
  const storage = open(dataDir)
  const updates = Array.from({ length: 50 }, (_, index) => textUpdate(`u${index}`))
  for (const update of updates) storage.append('room/map', update)
  const flushed = storage.flush()
  storage.append('room/map', textUpdate('after the flush call'))
  await flushed
  expect(readStoredRows(dataDir, 'room/map').updates.length).toBeGreaterThanOrEqual(50)
  expect(updates.every((update) => update.byteLength > 0)).toBe(true)
  await storage.flush()
  expect(readStoredRows(dataDir, 'room/map').updates).toHaveLength(51)
})

test('appends that are views into a larger buffer (a received frame) store their own bytes, in order around a fold', async () => {
  const dataDir = tempDataDir()
  const storage = open(dataDir)
  const updates = ['one', 'two', 'three'].map(textUpdate)
  // Each update between filler bytes, as a payload sits inside its socket chunk.
  const chunk = new Uint8Array(updates.reduce((size, update) => size + update.byteLength + 4, 4)).fill(0xee)
  let offset = 4
  const views = updates.map((update) => {
    chunk.set(update, offset)
    const view = chunk.subarray(offset, offset + update.byteLength)
    offset += update.byteLength + 4
    return view
  })
  storage.append('room/text', views[0]!)
  storage.fold('room/text')
  storage.append('room/text', views[1]!)
  storage.append('room/text', views[2]!)
  await storage.flush()
  await storage.foldsSettled()
  expect(readStoredRows(dataDir, 'room/text').updates.map((row) => new Uint8Array(row))).toEqual(updates.slice(1))
  expect(textOf((await storage.load('room/text')).updates)).toBe(textOf(updates))
  expect(views.map((view) => [...view])).toEqual(updates.map((update) => [...update]))
})

test('transactNow is ordered after earlier appends, and later appends after it', async () => {
  const dataDir = tempDataDir()
  const storage = open(dataDir)
  storage.append('room/text', textUpdate('old'))
  storage.transactNow(({ deleteDoc, append }) => {
    deleteDoc('room/text')
    append('room/text', textUpdate('new'))
  })
  expect(readStoredRows(dataDir, 'room/text').updates).toHaveLength(1)
  storage.append('room/text', textUpdate('later'))
  await storage.flush()
  const { updates } = await storage.load('room/text')
  expect(updates).toHaveLength(2)
  expect(textOf(updates.slice(0, 1))).toBe('new')
})

test('close commits everything queued and ends the worker; a reopened store reads it', async () => {
  const dataDir = tempDataDir()
  const storage = new SqliteStorage(dataDir)
  storage.append('room/text', textUpdate('kept'))
  storage.compact('room/text', textUpdate('kept'))
  storage.append('room/map', textUpdate('also kept'))
  await storage.close()
  expect(() => storage.append('room/text', textUpdate('x'))).toThrow(/closed/)
  const db = new Database(storage.file, { readonly: true })
  expect((db.prepare('SELECT COUNT(*) AS n FROM snapshots').get() as { n: number }).n).toBe(1)
  db.close()
  const reopened = open(dataDir)
  expect(textOf((await reopened.load('room/text')).updates)).toBe('kept')
  expect(textOf((await reopened.load('room/map')).updates)).toBe('also kept')
})

test('an empty snapshot is refused over content queued in the same batch, in load and commit alike', async () => {
  const storage = open(tempDataDir())
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
  const content = textUpdate('keep me')
  storage.append('room/text', content)
  storage.compact('room/text', Y.encodeStateAsUpdate(new Y.Doc()))
  expect((await storage.load('room/text')).updates).toEqual([content])
  await storage.flush()
  expect((await storage.load('room/text')).updates).toEqual([content])
  expect(errors.mock.calls.flat().join(' ')).toContain('empty snapshot')
})

test('fold replaces the rows stored before it with one snapshot of the same content; later appends stay rows', async () => {
  const dataDir = tempDataDir()
  const storage = open(dataDir)
  const doc = new Y.Doc()
  doc.on('update', (update: Uint8Array) => storage.append('room/text', update))
  for (const part of ['alpha ', 'beta ', 'gamma ']) doc.getText('t').insert(doc.getText('t').length, part)
  doc.getText('t').delete(0, 6)
  storage.fold('room/text')
  doc.getText('t').insert(0, 'after ')
  await storage.foldsSettled()
  await storage.flush()
  const rows = readStoredRows(dataDir, 'room/text')
  expect(rows.snapshot).toBeDefined()
  expect(rows.updates).toHaveLength(1)
  expect(textOf([rows.snapshot!, ...rows.updates])).toBe('after beta gamma ')
  expect(textOf((await storage.load('room/text')).updates)).toBe('after beta gamma ')
})

test('a fold overtaken by a compaction, or by the room being deleted, does not bring back its older snapshot', async () => {
  const dataDir = tempDataDir()
  const storage = open(dataDir)
  const doc = new Y.Doc()
  const append = (update: Uint8Array) => storage.append('room/text', update)
  doc.on('update', append)
  doc.getText('t').insert(0, 'kept ')
  storage.fold('room/text')
  doc.off('update', append)
  doc.getText('t').insert(5, 'and compacted')
  const snapshot = Y.encodeStateAsUpdate(doc)
  storage.compact('room/text', snapshot)
  await storage.foldsSettled()
  await storage.flush()
  expect(new Uint8Array(readStoredRows(dataDir, 'room/text').snapshot!)).toEqual(snapshot)

  storage.append('gone/text', textUpdate('deleted with its room'))
  storage.fold('gone/text')
  storage.transactNow((transaction) => transaction.deleteDoc('gone/text'))
  await storage.foldsSettled()
  await storage.flush()
  expect(readStoredRows(dataDir, 'gone/text')).toEqual({ updates: [] })
})
