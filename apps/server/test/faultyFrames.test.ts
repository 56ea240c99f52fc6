import * as encoding from 'lib0/encoding'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { closeCodes, maxFramePayload, startServer, type RunningServer } from '../src/index'
import { rawSocket, refusedUpgrade } from './helpers/rawSocket'
import { createRoom, type TestRoom, withToken } from './helpers/rooms'
import { readStoredDoc } from './helpers/readStoredDoc'
import { syncClient, type SyncClient } from './helpers/syncClient'
import { tempDataDir } from './helpers/tempDataDir'
import { waitFor } from './helpers/waitFor'

let server: RunningServer
let dataDir: string
let sameRoom: [SyncClient, SyncClient]
let otherRoom: [SyncClient, SyncClient]
let target: TestRoom

beforeAll(async () => {
  dataDir = tempDataDir()
  server = await startServer({ port: 0, dataDir, seedSample: false })
  target = await createRoom(server.url, 'target')
  const bystander = await createRoom(server.url, 'bystander')
  sameRoom = [syncClient(server.url, target, 'text', true), syncClient(server.url, target, 'text')]
  otherRoom = [syncClient(server.url, bystander, 'map'), syncClient(server.url, bystander, 'map')]
  await Promise.all([...sameRoom, ...otherRoom].map((client) => client.synced()))
  sameRoom[0].doc.getText('t').insert(0, 'before the attack')
  await sameRoom[0].savedAll()
})

afterAll(async () => {
  for (const client of [...sameRoom, ...otherRoom]) client.destroy()
  await server.close()
})

const frame = (...parts: (number | Uint8Array)[]): Uint8Array => {
  const encoder = encoding.createEncoder()
  for (const part of parts) {
    if (typeof part === 'number') encoding.writeVarUint(encoder, part)
    else encoding.writeVarUint8Array(encoder, part)
  }
  return encoding.toUint8Array(encoder)
}

const awarenessWithBadJson = (): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1) // one client
  encoding.writeVarUint(encoder, 42) // client id
  encoding.writeVarUint(encoder, 1) // clock
  encoding.writeVarString(encoder, '{not json')
  return encoding.toUint8Array(encoder)
}

const cases: { name: string; data: Uint8Array | string; code: number; reason: RegExp }[] = [
  { name: 'unknown message type', reason: /unknown message type/, data: frame(42), code: closeCodes.protocolError },
  { name: 'truncated varint', reason: /end of array/, data: new Uint8Array([0x80]), code: closeCodes.protocolError },
  { name: 'truncated update length', reason: /end of array/, data: new Uint8Array([0, 2, 0x85]), code: closeCodes.protocolError },
  { name: 'unknown sync type', reason: /unknown sync/, data: frame(0, 9, new Uint8Array([0])), code: closeCodes.protocolError },
  { name: 'malformed update', reason: /malformed update/, data: frame(0, 2, new Uint8Array([1, 5, 7, 0xff])), code: closeCodes.invalidPayload },
  { name: 'malformed sync step 2', reason: /malformed update/, data: frame(0, 1, new Uint8Array([3, 3, 3])), code: closeCodes.invalidPayload },
  // Decodes, but its one struct (client 5, clock 0) has itself as left neighbour: Yjs would throw integrating it.
  { name: 'update that does not integrate', reason: /malformed update/, data: frame(0, 2, new Uint8Array([1, 1, 5, 0, 0x84, 5, 0, 1, 120, 0])), code: closeCodes.invalidPayload },
  { name: 'malformed awareness', reason: /invalid awareness/, data: frame(1, awarenessWithBadJson()), code: closeCodes.invalidPayload },
  { name: 'oversize awareness', reason: /too large/, data: frame(1, new Uint8Array(70 * 1024)), code: closeCodes.messageTooBig },
  // Refused by `ws` itself before our code sees the frame, so without a reason.
  { name: 'oversize frame', reason: /^$/, data: new Uint8Array(maxFramePayload + 1), code: closeCodes.messageTooBig },
  { name: 'text frame', reason: /text frames/, data: 'hello', code: closeCodes.invalidPayload },
]

test.each(cases)('$name closes only that connection with $code', async ({ data, code, reason }) => {
  const attacker = await rawSocket(server.url, withToken('/sync/target/text', target.token))
  attacker.socket.send(data)
  const closed = await attacker.closed
  expect(closed.code).toBe(code)
  expect(closed.reason).toMatch(reason)

  // Both rooms keep syncing.
  const stamp = `${code}-${Math.random()}`
  sameRoom[0].doc.getMap('probe').set('last', stamp)
  otherRoom[0].doc.getMap('probe').set('last', stamp)
  await waitFor(() => sameRoom[1].doc.getMap('probe').get('last') === stamp, 'the same room to sync')
  await waitFor(() => otherRoom[1].doc.getMap('probe').get('last') === stamp, 'the other room to sync')
  await sameRoom[0].savedAll()
  expect(readStoredDoc(dataDir, 'target/text').getText('t').toString()).toBe('before the attack')
})

test('a bad room id, doc name or path is refused with HTTP 400 before any doc loads', async () => {
  const before = server.loadedDocCount()
  for (const path of ['/sync/bad!room/text', `/sync/${'a'.repeat(65)}/text`, '/sync/ok/notes', '/sync/ok', '/other']) {
    const refused = await refusedUpgrade(server.url, path)
    expect(refused.status).toBe(400)
    expect(refused.body).toMatch(/sync/)
  }
  expect(server.loadedDocCount()).toBe(before)
})
