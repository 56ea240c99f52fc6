import { afterEach, expect, test } from 'vitest'
import { accessCloseCodes } from '@warrant/model'
import { startServer, type RunningServer } from '../src/index'
import { refusedUpgrade } from './helpers/rawSocket'
import { createRoom, withToken } from './helpers/rooms'
import { testSecret } from './helpers/signToken'
import { syncClient, type SyncClient } from './helpers/syncClient'
import { tempDataDir } from './helpers/tempDataDir'

let server: RunningServer
const clients: SyncClient[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

/** Resolves with the close the server sent once the provider has given up (a 44xx code). */
const closedFor = (client: SyncClient) =>
  new Promise<{ code: number; reason: string }>((resolve) => client.provider.once('closed', (event) => resolve(event)))

async function api(method: string, path: string, token: string): Promise<number> {
  const response = await fetch(`${server.url}${path}`, { method, headers: { Authorization: `Bearer ${token}` } })
  return response.status
}

test('revoking a link closes its live sessions with 4401 and a reason; the provider stays away', async () => {
  server = await startServer({ port: 0, dataDir: tempDataDir(), seedSample: false, secret: testSecret })
  const room = await createRoom(server.url, 'seminar')
  const student = { room: 'seminar', token: room.tokens.annotator }
  const [studentMap, studentText, owner] = [syncClient(server.url, student, 'map'), syncClient(server.url, student, 'text'), syncClient(server.url, room, 'map')]
  clients.push(studentMap, studentText, owner)
  await Promise.all(clients.map((client) => client.synced()))

  const access = (await (await fetch(`${server.url}/api/rooms/seminar/access?token=${room.tokens.annotator}`)).json()) as { linkId: string }
  const closes = [closedFor(studentMap), closedFor(studentText)]
  expect(await api('DELETE', `/api/rooms/seminar/links/${access.linkId}`, room.token)).toBe(204)

  for (const closed of await Promise.all(closes)) {
    expect(closed).toEqual({ code: accessCloseCodes.revoked, reason: "This link was revoked by the room's owner" })
  }
  for (const client of [studentMap, studentText]) {
    expect(client.provider.shouldConnect).toBe(false)
    expect(client.provider.ws).toBeNull()
  }
  // Everyone else stays; the revoked token cannot come back.
  expect(owner.provider.wsconnected).toBe(true)
  expect((await refusedUpgrade(server.url, withToken('/sync/seminar/map', room.tokens.annotator))).status).toBe(403)
})

test("an owner cannot revoke the link they are using; others cannot revoke at all", async () => {
  server = await startServer({ port: 0, dataDir: tempDataDir(), seedSample: false, secret: testSecret })
  const room = await createRoom(server.url, 'self')
  const links = (await (await fetch(`${server.url}/api/rooms/self/links?token=${room.token}`)).json()) as { links: { id: string; role: string }[] }
  const ownerLink = links.links.find((link) => link.role === 'owner')!
  const viewerLink = links.links.find((link) => link.role === 'viewer')!
  expect(await api('DELETE', `/api/rooms/self/links/${ownerLink.id}`, room.token)).toBe(409)
  expect(await api('DELETE', `/api/rooms/self/links/${viewerLink.id}`, room.tokens.editor)).toBe(403)
  expect(await api('DELETE', '/api/rooms/self/links/no-such-link', room.token)).toBe(404)
  // A second owner link may revoke the first.
  const second = await server.mintLink('self', 'owner')
  expect(await api('DELETE', `/api/rooms/self/links/${ownerLink.id}`, second.token)).toBe(204)
})

test('deleting a room closes its sessions with 4404 and refuses its tokens', async () => {
  server = await startServer({ port: 0, dataDir: tempDataDir(), seedSample: false, secret: testSecret })
  const room = await createRoom(server.url, 'doomed')
  const reader = syncClient(server.url, { room: 'doomed', token: room.tokens.viewer }, 'text')
  clients.push(reader)
  await reader.synced()
  const closed = closedFor(reader)
  expect(await api('DELETE', '/api/rooms/doomed', room.tokens.editor)).toBe(403)
  expect(await api('DELETE', '/api/rooms/doomed', room.token)).toBe(204)
  expect((await closed).code).toBe(accessCloseCodes.roomGone)
  expect([401, 403, 404]).toContain((await refusedUpgrade(server.url, withToken('/sync/doomed/text', room.token))).status)
  expect(await api('GET', '/api/rooms/doomed/access', room.token)).toBe(404)
})
