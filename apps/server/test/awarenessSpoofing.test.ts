import { afterEach, expect, test } from 'vitest'
import { startServer, type RunningServer } from '../src/index'
import { awarenessFrame } from './helpers/frames'
import { rawSocket, type RawSocket } from './helpers/rawSocket'
import { createRoom, withToken } from './helpers/rooms'
import { testSecret } from './helpers/signToken'
import { syncClient, type SyncClient } from './helpers/syncClient'
import { tempDataDir } from './helpers/tempDataDir'
import { waitFor } from './helpers/waitFor'

let server: RunningServer
const clients: SyncClient[] = []
const sockets: RawSocket[] = []
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.socket.terminate()
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

test('a connection speaks for one awareness client id: the first it announced; others are dropped', async () => {
  server = await startServer({ port: 0, dataDir: tempDataDir(), seedSample: false, secret: testSecret })
  const room = await createRoom(server.url, 'presence')
  const watcher = syncClient(server.url, room, 'map')
  clients.push(watcher)
  await watcher.synced()
  const states = () => watcher.provider.awareness.getStates()
  const path = (role: 'annotator' | 'viewer') => withToken('/sync/presence/map', room.tokens[role])

  const ada = await rawSocket(server.url, path('annotator'))
  const mallory = await rawSocket(server.url, path('viewer'))
  sockets.push(ada, mallory)
  ada.socket.send(awarenessFrame([{ clientId: 101, state: { user: { name: 'Ada' } } }]))
  await waitFor(() => states().has(101), "Ada's presence")

  // Mallory's first frame claims Ada's live id (refused: another connection holds it) and her own.
  mallory.socket.send(
    awarenessFrame([
      { clientId: 101, clock: 5, state: { user: { name: 'Not Ada' } } },
      { clientId: 202, state: { user: { name: 'Mallory' } } },
    ]),
  )
  // Then speaks for Ada and for a third id, and updates her own.
  mallory.socket.send(awarenessFrame([{ clientId: 101, clock: 9, state: null }, { clientId: 303, state: { user: { name: 'Ghost' } } }]))
  mallory.socket.send(awarenessFrame([{ clientId: 202, clock: 2, state: { user: { name: 'Mallory, again' } } }]))
  await waitFor(() => (states().get(202) as { user?: { name?: string } } | undefined)?.user?.name === 'Mallory, again', "Mallory's last update")

  expect(states().get(101)).toEqual({ user: { name: 'Ada' } })
  expect(states().has(303)).toBe(false)

  // Leaving removes only what the connection owned.
  mallory.socket.terminate()
  await waitFor(() => !states().has(202), "Mallory's presence to go")
  expect(states().get(101)).toEqual({ user: { name: 'Ada' } })
})
