import { afterEach, expect, test } from 'vitest'
import { startServer, type RunningServer } from '../src/index'
import { SqliteStorage } from '../src/storage/SqliteStorage'
import { readStoredRows } from './helpers/readStoredDoc'
import { createRoom } from './helpers/rooms'
import { syncClient, type SyncClient } from './helpers/syncClient'
import { tempDataDir } from './helpers/tempDataDir'
import { waitFor } from './helpers/waitFor'

let server: RunningServer | undefined
const clients: SyncClient[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server?.close()
})

test('a large doc is not re-encoded for a few small edits: its log is folded once it weighs a quarter of the snapshot', async () => {
  const dataDir = tempDataDir()
  const storage = new SqliteStorage(dataDir)
  server = await startServer({ port: 0, dataDir, storage, seedSample: false, compactAfterUpdates: 5 })
  const room = await createRoom(server.url, 'large')
  const writer = syncClient(server.url, room, 'text', true)
  clients.push(writer)
  await writer.synced()
  const text = writer.doc.getText('t')
  text.insert(0, 'x'.repeat(40_000))
  for (let n = 0; n < 4; n += 1) text.insert(0, `${n}`)
  await writer.savedAll()
  // Five rows since the small initial snapshot, and they outweigh it: folded (after the tick).
  await waitFor(() => readStoredRows(dataDir, 'large/text').updates.length === 0, 'the first fold')
  const snapshotBytes = readStoredRows(dataDir, 'large/text').snapshot!.byteLength
  expect(snapshotBytes).toBeGreaterThan(40_000)

  // Twenty small edits: more rows than compactAfterUpdates, but far from a quarter of 40 KB.
  for (let n = 0; n < 20; n += 1) text.insert(0, 'e')
  await writer.savedAll()
  await new Promise((resolve) => setTimeout(resolve, 50))
  let rows = readStoredRows(dataDir, 'large/text')
  expect(rows.snapshot!.byteLength).toBe(snapshotBytes)
  expect(rows.updates).toHaveLength(20)

  // Ten times compactAfterUpdates rows are folded whatever they weigh.
  for (let n = 0; n < 30; n += 1) text.insert(0, 'f')
  await writer.savedAll()
  await waitFor(() => readStoredRows(dataDir, 'large/text').updates.length < 50, 'the fold after 50 rows')
  rows = readStoredRows(dataDir, 'large/text')
  expect(rows.snapshot!.byteLength).toBeGreaterThan(snapshotBytes)

  // The loaded doc swapped its held state for the fold; what came after it is held on top.
  await storage.foldsSettled()
  for (let n = 0; n < 3; n += 1) text.insert(0, 'g')
  await writer.savedAll()
  const reader = syncClient(server.url, room, 'text')
  clients.push(reader)
  await reader.synced()
  expect(reader.doc.getText('t').toString()).toBe(text.toString())
})
