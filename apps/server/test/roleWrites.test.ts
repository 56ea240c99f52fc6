import * as Y from 'yjs'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { canWrite, type DocName, docNames, type Role, roles } from '@warrant/model'
import { startServer, type RunningServer } from '../src/index'
import { awarenessFrame, frame } from './helpers/frames'
import { rawSocket, type RawSocket } from './helpers/rawSocket'
import { readStoredDoc } from './helpers/readStoredDoc'
import { createRoom, type TestRoom, withToken } from './helpers/rooms'
import { testSecret } from './helpers/signToken'
import { syncClient, type SyncClient } from './helpers/syncClient'
import { tempDataDir } from './helpers/tempDataDir'
import { waitFor } from './helpers/waitFor'

let server: RunningServer
let dataDir: string
let room: TestRoom
const watchers = new Map<DocName, SyncClient>()
const sockets: RawSocket[] = []

beforeAll(async () => {
  dataDir = tempDataDir()
  server = await startServer({ port: 0, dataDir, seedSample: false, secret: testSecret })
  room = await createRoom(server.url, 'roles', { text: 'The reading stays as it is.' })
  for (const doc of docNames) watchers.set(doc, syncClient(server.url, room, doc))
  await Promise.all([...watchers.values()].map((watcher) => watcher.synced()))
})

afterAll(async () => {
  for (const socket of sockets) socket.socket.terminate()
  for (const watcher of watchers.values()) watcher.destroy()
  await server?.close()
})

/** An update that sets `probe[key]`, made by a throwaway doc. */
function probeUpdate(key: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('probe').set(key, true)
  return Y.encodeStateAsUpdate(doc)
}

/** The server's state vector of a doc, as a fresh reader is served it. */
async function servedStateVector(doc: DocName): Promise<Map<number, number>> {
  const reader = syncClient(server.url, room, doc)
  await reader.synced()
  const vector = Y.decodeStateVector(Y.encodeStateVector(reader.doc))
  reader.destroy()
  return vector
}

const stateVectorKey = (vector: Map<number, number>) => JSON.stringify([...vector].sort(([a], [b]) => a - b))

let nextAwarenessId = 9000
const cases = roles.flatMap((role) => docNames.map((doc) => ({ role, doc, allowed: canWrite(role, doc) })))

test.each(cases)('$role on the $doc doc: writes allowed = $allowed', async ({ role, doc, allowed }) => {
  const watcher = watchers.get(doc)!
  const before = await servedStateVector(doc)
  const writer = await rawSocket(server.url, withToken(`/sync/roles/${doc}`, room.tokens[role as Role]))
  sockets.push(writer)
  writer.socket.send(frame(0, 1, probeUpdate(`${role}-step2`)))
  writer.socket.send(frame(0, 2, probeUpdate(`${role}-update`)))
  // Presence is allowed for every role, and frames are handled in order: once the watcher
  // sees this, any relay of the two writes would already have reached it.
  const awarenessId = nextAwarenessId++
  writer.socket.send(awarenessFrame([{ clientId: awarenessId, state: { user: { name: role } } }]))
  await waitFor(() => watcher.provider.awareness.getStates().has(awarenessId), `${role}'s presence on ${doc}`)

  const probe = watcher.doc.getMap('probe')
  expect([probe.has(`${role}-step2`), probe.has(`${role}-update`)]).toEqual([allowed, allowed])
  // The server's own state vector moved exactly when the writes were allowed.
  expect(stateVectorKey(await servedStateVector(doc)) === stateVectorKey(before)).toBe(!allowed)
  // Not closed for trying: a reader who sends its state as step 2 stays connected to read.
  expect(writer.socket.readyState).toBe(writer.socket.OPEN)
})

test('storage holds the allowed writes and none of the dropped ones after a restart', async () => {
  await server.close()
  server = await startServer({ port: 0, dataDir, seedSample: false, secret: testSecret })
  for (const doc of docNames) {
    const stored = readStoredDoc(dataDir, `roles/${doc}`).getMap('probe')
    for (const role of roles) {
      expect({ doc, role, step2: stored.has(`${role}-step2`), update: stored.has(`${role}-update`) }).toEqual({
        doc,
        role,
        step2: canWrite(role, doc),
        update: canWrite(role, doc),
      })
    }
  }
})
