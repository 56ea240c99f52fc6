import { afterEach, expect, test } from 'vitest'
import { mapDocKeys, roomEpochKey, textDocKeys } from '@warrant/model'
import { startServer, type RunningServer } from '../src/index'
import { call } from './helpers/api'
import { readStoredDoc, readStoredRows } from './helpers/readStoredDoc'
import { createRoom } from './helpers/rooms'
import { testSecret } from './helpers/signToken'
import { syncClient, type SyncClient } from './helpers/syncClient'
import { tempDataDir } from './helpers/tempDataDir'

let server: RunningServer
const clients: SyncClient[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

test('a new room holds its reading, title and epoch server-side, stored before the 201', async () => {
  const dataDir = tempDataDir()
  server = await startServer({ port: 0, dataDir, seedSample: false, secret: testSecret })
  const room = await createRoom(server.url, 'reading', { title: '  Concessions  ', text: 'This is not a concession.\n\n  It is a claim.  \n' })
  // Stored in the same commit as the room's row: readable from the file at once.
  const text = readStoredDoc(dataDir, 'reading/text')
  expect(text.getXmlFragment(textDocKeys.content).toString()).toBe(
    '<paragraph>This is not a concession.</paragraph><paragraph>It is a claim.</paragraph>',
  )
  expect(text.getMap(textDocKeys.meta).toJSON()).toEqual({ title: 'Concessions', [roomEpochKey]: room.epoch })
  expect(readStoredDoc(dataDir, 'reading/map').getMap(mapDocKeys.meta).get(roomEpochKey)).toBe(room.epoch)

  const reader = syncClient(server.url, { room: 'reading', token: room.tokens.viewer }, 'text')
  clients.push(reader)
  await reader.synced()
  expect(reader.doc.getMap(textDocKeys.meta).get('title')).toBe('Concessions')
})

test('an empty text makes an empty room; a deleted id re-created gets a new epoch and none of the old content', async () => {
  const dataDir = tempDataDir()
  server = await startServer({ port: 0, dataDir, seedSample: false, secret: testSecret })
  const first = await createRoom(server.url, 'again', { text: 'Old reading.' })
  expect((await call(server.url, 'DELETE', '/api/rooms/again', { token: first.token })).status).toBe(204)
  expect(readStoredRows(dataDir, 'again/text')).toEqual({ updates: [], snapshot: undefined })

  const second = await createRoom(server.url, 'again', { text: '' })
  expect(second.epoch).not.toBe(first.epoch)
  expect(readStoredDoc(dataDir, 'again/text').getXmlFragment(textDocKeys.content).length).toBe(0)
  expect((await call(server.url, 'GET', '/api/rooms/again/access', { token: first.token })).status).toBe(403)
  expect((await call(server.url, 'GET', '/api/rooms/again/access', { token: second.token })).json.epoch).toBe(second.epoch)
})
