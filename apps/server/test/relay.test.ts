import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startServer, type RunningServer } from '../src/index'
import { rawSocket, type RawSocket } from './helpers/rawSocket'
import { createRoom, type TestRoom, withToken } from './helpers/rooms'
import { readStoredRows } from './helpers/readStoredDoc'
import { syncClient, type SyncClient } from './helpers/syncClient'
import { tempDataDir } from './helpers/tempDataDir'
import { waitFor } from './helpers/waitFor'

let server: RunningServer
let dataDir: string
let room: TestRoom
let writer: SyncClient

beforeAll(async () => {
  dataDir = tempDataDir()
  server = await startServer({ port: 0, dataDir, seedSample: false })
  room = await createRoom(server.url, 'relay')
  writer = syncClient(server.url, room, 'map', true)
  await writer.synced()
})

afterAll(async () => {
  writer.destroy()
  await server.close()
})

const updateFrame = (syncType: number, update: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, syncType)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** A raw socket on the room's map doc that keeps every frame the server sends it after `start()`. */
async function listener(): Promise<RawSocket & { frames: Uint8Array[]; start(): void }> {
  const raw = await rawSocket(server.url, withToken(`/sync/${room.room}/map`, room.token))
  const frames: Uint8Array[] = []
  let listening = false
  raw.socket.on('message', (data: Buffer) => {
    if (listening) frames.push(new Uint8Array(data))
  })
  return { ...raw, frames, start: () => (listening = true) }
}

const storedUpdates = (): Uint8Array[] => readStoredRows(dataDir, `${room.room}/map`).updates.map((row) => new Uint8Array(row))
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.byteLength === b.byteLength && a.every((byte, index) => byte === b[index])

const changeFrom = (clientID: number, key: string): Uint8Array => {
  const doc = new Y.Doc()
  doc.clientID = clientID
  doc.getMap('nodes').set(key, { x: 1 })
  return Y.encodeStateAsUpdate(doc)
}

test('an update frame reaches the other connections byte for byte, and is stored as it came', async () => {
  const [sender, receiver] = await Promise.all([listener(), listener()])
  receiver.start()
  const update = changeFrom(7001, 'relayed')
  const sent = updateFrame(2, update)
  sender.socket.send(sent)
  await waitFor(() => receiver.frames.length > 0, 'the relayed frame')
  expect(receiver.frames[0]).toEqual(sent)
  await waitFor(() => writer.doc.getMap('nodes').has('relayed'), 'the stock client to apply it')
  await waitFor(() => storedUpdates().some((row) => sameBytes(row, update)), 'the update stored as sent')
  sender.socket.close()
  receiver.socket.close()
})

test('a sync step 2 is relayed as an update; one that carries nothing is neither relayed nor stored', async () => {
  const [sender, receiver] = await Promise.all([listener(), listener()])
  await writer.savedAll()
  const rowsBefore = readStoredRows(dataDir, `${room.room}/map`).updates.length
  receiver.start()
  // What a client already in sync answers to the server's step 1: no structs, no deletions.
  sender.socket.send(updateFrame(1, new Uint8Array([0, 0])))
  const update = changeFrom(7002, 'from step 2')
  sender.socket.send(updateFrame(1, update))
  await waitFor(() => receiver.frames.length > 0, 'the relayed step 2')
  expect(receiver.frames[0]).toEqual(updateFrame(2, update))
  await waitFor(() => writer.doc.getMap('nodes').has('from step 2'), 'the stock client to apply it')
  await waitFor(() => storedUpdates().length > rowsBefore, 'the update stored')
  expect(storedUpdates().slice(rowsBefore)).toEqual([update])
  expect(receiver.frames).toHaveLength(1)
  sender.socket.close()
  receiver.socket.close()
})
