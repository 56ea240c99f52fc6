import * as encoding from 'lib0/encoding'
import { afterEach, expect, test } from 'vitest'
import { startServer, type RunningServer } from '../src/index'
import { rawSocket } from './helpers/rawSocket'
import { createRoom, withToken } from './helpers/rooms'
import { syncClient, type SyncClient } from './helpers/syncClient'
import { tempDataDir } from './helpers/tempDataDir'
import { waitFor } from './helpers/waitFor'

let server: RunningServer
const clients: SyncClient[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

function awarenessFrame(clientId: number, state: unknown): Uint8Array {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, 1)
  encoding.writeVarUint(update, clientId)
  encoding.writeVarUint(update, 1)
  encoding.writeVarString(update, JSON.stringify(state))
  const frame = encoding.createEncoder()
  encoding.writeVarUint(frame, 1)
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update))
  return encoding.toUint8Array(frame)
}

test('awareness is relayed, and a vanished connection’s awareness is removed', async () => {
  server = await startServer({ port: 0, dataDir: tempDataDir(), seedSample: false })
  const carets = await createRoom(server.url, 'carets')
  const watcher = syncClient(server.url, carets, 'text')
  clients.push(watcher)
  await watcher.synced()

  const peer = await rawSocket(server.url, withToken('/sync/carets/text', carets.tokens.viewer))
  peer.socket.send(awarenessFrame(4242, { user: { name: 'Ada' } }))
  await waitFor(() => watcher.provider.awareness.getStates().has(4242), 'the peer’s awareness to arrive')
  expect(watcher.provider.awareness.getStates().get(4242)).toEqual({ user: { name: 'Ada' } })

  // Gone without saying goodbye: the server must clear its caret for everyone else.
  peer.socket.terminate()
  await waitFor(() => !watcher.provider.awareness.getStates().has(4242), 'the peer’s awareness to be removed')
})
