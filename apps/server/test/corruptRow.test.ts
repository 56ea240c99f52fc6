import path from 'node:path'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { afterEach, expect, test, vi } from 'vitest'
import { closeCodes, SqliteStorage, startServer, type RunningServer } from '../src/index'
import { rawSocket } from './helpers/rawSocket'
import { createRoom, type TestRoom, withToken } from './helpers/rooms'
import { readStoredRows } from './helpers/readStoredDoc'
import { syncClient } from './helpers/syncClient'
import { tempDataDir } from './helpers/tempDataDir'

let server: RunningServer | undefined
afterEach(async () => {
  vi.restoreAllMocks()
  await server?.close()
})

const someUpdate = (text: string): Uint8Array => {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

test('a corrupt row makes its doc refuse to open, is logged and never overwritten; other rooms work', async () => {
  const dataDir = tempDataDir()
  const rooms = new Map<string, TestRoom>()
  server = await startServer({ port: 0, dataDir, seedSample: false })
  for (const id of ['broken', 'badsnap', 'healthy']) rooms.set(id, await createRoom(server.url, id))
  await server.close()
  const storage = new SqliteStorage(dataDir)
  storage.append('broken/text', someUpdate('real content'))
  storage.append('badsnap/map', someUpdate('more content'))
  await storage.close()
  const db = new Database(path.join(dataDir, 'warrant.sqlite'))
  db.prepare('INSERT INTO updates (doc, bytes) VALUES (?, ?)').run('broken/text', Buffer.from([0xff, 0xff, 0xff]))
  db.prepare('INSERT INTO snapshots (doc, bytes, upto_seq, saved_at) VALUES (?, ?, 0, 0)').run(
    'badsnap/map',
    Buffer.from([0x80]),
  )
  db.close()
  const before = readStoredRows(dataDir, 'broken/text')
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {})

  server = await startServer({ port: 0, dataDir, seedSample: false, idleUnloadMs: 20 })
  for (const [room, doc] of [['broken', 'text'], ['badsnap', 'map']]) {
    const socket = await rawSocket(server.url, withToken(`/sync/${room}/${doc}`, rooms.get(room!)!.token))
    const closed = await socket.closed
    expect(closed.code).toBe(closeCodes.internalError)
    expect(closed.reason).toContain(`${room}/${doc}`)
    expect(errors.mock.calls.flat().join(' ')).toContain(`${room}/${doc}`)
  }
  expect(server.loadedDocCount()).toBe(0)

  const healthy = syncClient(server.url, rooms.get('healthy')!, 'text')
  await healthy.synced()
  healthy.destroy()
  await server.close()
  server = undefined

  const after = readStoredRows(dataDir, 'broken/text')
  expect(after.updates).toEqual(before.updates)
  expect(after.snapshot).toBeUndefined()
  expect(readStoredRows(dataDir, 'badsnap/map').snapshot).toEqual(Buffer.from([0x80]))
})

test('storage refuses to compact a stored doc into an empty snapshot', async () => {
  const dataDir = tempDataDir()
  const storage = new SqliteStorage(dataDir)
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
  storage.append('room/text', someUpdate('keep me'))
  storage.compact('room/text', Y.encodeStateAsUpdate(new Y.Doc()))
  await storage.flush()
  const { updates } = await storage.load('room/text')
  await storage.close()
  expect(updates).toHaveLength(1)
  expect(errors.mock.calls.flat().join(' ')).toContain('empty snapshot')
})
