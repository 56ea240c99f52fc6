import * as decoding from 'lib0/decoding'
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

/** The update inside a `[messageSync, messageYjsUpdate, update]` frame. */
const decodeUpdateFrame = (frame: Uint8Array): Uint8Array => {
  const decoder = decoding.createDecoder(frame)
  expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 2])
  return decoding.readVarUint8Array(decoder)
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

test('a sync step 2 goes as what the doc did not have: a reconnecting client\'s whole delete set is neither relayed nor stored', async () => {
  const [sender, receiver] = await Promise.all([listener(), listener()])
  const client = new Y.Doc()
  client.clientID = 7002
  const text = client.getText('reading')
  text.insert(0, 'This is not a concession to Russia.')
  text.delete(8, 4)
  // The client's live edits, as it sent them.
  sender.socket.send(updateFrame(2, Y.encodeStateAsUpdate(client)))
  await waitFor(() => writer.doc.getText('reading').toString() === text.toString(), 'the edits to arrive')
  await waitFor(() => storedUpdates().length > 0, 'the edits stored')
  const rowsBefore = storedUpdates().length
  receiver.start()
  // Reconnecting with nothing new: its step 2 still carries every deletion it knows.
  const repeat = Y.encodeStateAsUpdate(client, Y.encodeStateVector(writer.doc))
  expect(Y.decodeUpdate(repeat).ds.clients.size).toBe(1)
  sender.socket.send(updateFrame(1, repeat))
  text.insert(0, 'Note: ')
  const withNew = Y.encodeStateAsUpdate(client, Y.encodeStateVector(writer.doc))
  sender.socket.send(updateFrame(1, withNew))
  await waitFor(() => receiver.frames.length > 0, 'the new insert relayed')
  await waitFor(() => storedUpdates().length > rowsBefore, 'the new insert stored')
  const relayed = Y.decodeUpdate(decodeUpdateFrame(receiver.frames[0]!))
  expect(relayed.structs).toHaveLength(1)
  expect(relayed.ds.clients.size).toBe(0)
  expect(receiver.frames).toHaveLength(1)
  expect(storedUpdates()).toHaveLength(rowsBefore + 1)
  expect(writer.doc.getText('reading').toString()).toBe('Note: This is a concession to Russia.')
  sender.socket.close()
  receiver.socket.close()
})
