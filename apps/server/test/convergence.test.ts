import { afterEach, expect, test } from 'vitest'
import { startServer, type RunningServer } from '../src/index'
import { createRoom } from './helpers/rooms'
import { syncClient, type SyncClient } from './helpers/syncClient'
import { tempDataDir } from './helpers/tempDataDir'
import { waitFor } from './helpers/waitFor'

let server: RunningServer
const clients: SyncClient[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

test('two stock y-websocket clients converge on the text and the map doc', async () => {
  server = await startServer({ port: 0, dataDir: tempDataDir(), seedSample: false })
  const room = await createRoom(server.url, 'seminar-1')
  const [textA, textB, mapA, mapB] = [
    syncClient(server.url, room, 'text'),
    syncClient(server.url, room, 'text'),
    syncClient(server.url, room, 'map'),
    syncClient(server.url, room, 'map'),
  ]
  clients.push(textA, textB, mapA, mapB)
  await Promise.all(clients.map((client) => client.synced()))

  textA.doc.getText('t').insert(0, 'Hello ')
  textB.doc.getText('t').insert(0, 'world')
  mapA.doc.getMap('nodes').set('claim-1', { kind: 'claim' })
  mapB.doc.getMap('nodes').set('claim-2', { kind: 'evidence' })

  await waitFor(() => textA.doc.getText('t').length === 11 && textB.doc.getText('t').length === 11, 'text to converge')
  await waitFor(() => mapA.doc.getMap('nodes').size === 2 && mapB.doc.getMap('nodes').size === 2, 'map to converge')
  expect(textA.doc.getText('t').toString()).toBe(textB.doc.getText('t').toString())
  expect(mapB.doc.getMap('nodes').toJSON()).toEqual(mapA.doc.getMap('nodes').toJSON())
  // The two docs of a room are separate: nothing of the map leaked into the text doc.
  expect(textA.doc.getMap('nodes').size).toBe(0)
  expect(server.loadedDocCount()).toBe(2)
})
