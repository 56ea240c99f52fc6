import * as Y from 'yjs'
import { afterEach, expect, test } from 'vitest'
import { startServer, SqliteStorage, type RunningServer } from '../src/index'
import { createRoom } from './helpers/rooms'
import { readStoredDoc } from './helpers/readStoredDoc'
import { localClock, syncClient, type SyncClient } from './helpers/syncClient'
import { tempDataDir } from './helpers/tempDataDir'
import { waitFor } from './helpers/waitFor'

/** SQLite storage whose flush does not resolve until the test opens the gate. */
class GatedStorage extends SqliteStorage {
  private openGate: () => void = () => {}
  private readonly gate = new Promise<void>((resolve) => (this.openGate = resolve))

  override async flush(): Promise<void> {
    await super.flush()
    await this.gate
  }

  release(): void {
    this.openGate()
  }
}

let server: RunningServer | undefined
const clients: SyncClient[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server?.close()
})

test('the saved ack comes only after the commit, and covers the update', async () => {
  const dataDir = tempDataDir()
  const storage = new GatedStorage(dataDir)
  server = await startServer({ port: 0, storage, seedSample: false })
  const room = await createRoom(server.url, 'acks')
  const writer = syncClient(server.url, room, 'text', true)
  const watcher = syncClient(server.url, room, 'text')
  clients.push(writer, watcher)
  await Promise.all([writer.synced(), watcher.synced()])

  writer.doc.getText('t').insert(0, 'claim')
  await waitFor(() => watcher.doc.getText('t').toString() === 'claim', 'the edit to reach the server')
  await waitFor(() => readStoredDoc(dataDir, 'acks/text').getText('t').toString() === 'claim', 'the commit')
  // Committed to SQLite, but flush() has not resolved yet: no ack may have been sent.
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(writer.saved).toEqual([])

  storage.release()
  await writer.savedAll()
  const ack = writer.saved.at(-1)!
  expect(ack.get(writer.doc.clientID)).toBe(localClock(writer.doc))
})

test('a client with nothing to send is told Saved after the initial sync', async () => {
  server = await startServer({ port: 0, dataDir: tempDataDir(), seedSample: false })
  const reader = syncClient(server.url, await createRoom(server.url, 'quiet'), 'map', true)
  clients.push(reader)
  await reader.synced()
  await waitFor(() => reader.saved.length > 0, 'the initial saved ack')
  // The room's creation wrote the map's meta (its epoch), so the committed state is not empty.
  expect(reader.saved[0]).toEqual(Y.decodeStateVector(Y.encodeStateVector(reader.doc)))
})

test('stock clients without ack=1 never receive message 100', async () => {
  server = await startServer({ port: 0, dataDir: tempDataDir(), seedSample: false })
  const room = await createRoom(server.url, 'mixed')
  const acking = syncClient(server.url, room, 'text', true)
  const stock = syncClient(server.url, room, 'text')
  clients.push(acking, stock)
  await Promise.all([acking.synced(), stock.synced()])
  for (let n = 0; n < 5; n += 1) {
    stock.doc.getText('t').insert(0, 'x')
    acking.doc.getText('t').insert(0, 'y')
  }
  await acking.savedAll()
  await waitFor(() => stock.doc.getText('t').length === 10, 'the stock client to converge')
  expect(acking.saved.length).toBeGreaterThan(0)
  expect(stock.saved).toEqual([])
})
