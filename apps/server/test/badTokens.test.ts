import { afterAll, beforeAll, expect, test } from 'vitest'
import { startServer, type RunningServer } from '../src/index'
import { refusedUpgrade } from './helpers/rawSocket'
import { createRoom, type TestRoom, withToken } from './helpers/rooms'
import { signToken, testSecret } from './helpers/signToken'
import { tempDataDir } from './helpers/tempDataDir'

let server: RunningServer
let room: TestRoom
let other: TestRoom
const inAMinute = () => Math.floor(Date.now() / 1000) + 60

beforeAll(async () => {
  server = await startServer({ port: 0, dataDir: tempDataDir(), seedSample: false, secret: testSecret })
  room = await createRoom(server.url, 'guarded')
  other = await createRoom(server.url, 'elsewhere')
})

afterAll(async () => {
  await server.close()
})

const cases: { name: string; status: number; body: RegExp; path: () => Promise<string> }[] = [
  { name: 'missing', status: 401, body: /required/, path: async () => '/sync/guarded/map' },
  { name: 'malformed', status: 401, body: /malformed/, path: async () => withToken('/sync/guarded/map', 'not.a.jwt') },
  {
    name: 'signed with another secret',
    status: 401,
    body: /not signed by this server/,
    path: async () => withToken('/sync/guarded/map', await signToken({ room: 'guarded', role: 'owner', jti: 'x' }, 'another-secret-that-is-long-enough-too')),
  },
  {
    name: 'unsigned (alg none)',
    status: 401,
    body: /malformed/,
    path: async () => {
      const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
      return withToken('/sync/guarded/map', `${part({ alg: 'none' })}.${part({ room: 'guarded', role: 'owner', jti: 'x' })}.`)
    },
  },
  {
    name: 'expired',
    status: 401,
    body: /expired/,
    path: async () => withToken('/sync/guarded/map', (await server.mintLink('guarded', 'editor', Math.floor(Date.now() / 1000) - 10)).token),
  },
  {
    name: 'without a role',
    status: 401,
    body: /role/,
    path: async () => withToken('/sync/guarded/map', await signToken({ room: 'guarded', role: 'admin', jti: 'x', exp: inAMinute() })),
  },
  { name: 'for another room', status: 403, body: /another room/, path: async () => withToken('/sync/guarded/map', other.token) },
  {
    name: 'of a link never issued',
    status: 403,
    body: /no longer valid/,
    path: async () => withToken('/sync/guarded/text', await signToken({ room: 'guarded', role: 'owner', jti: 'forged-link-id' })),
  },
  {
    name: 'of a revoked link',
    status: 403,
    body: /revoked/,
    path: async () => {
      const link = await server.mintLink('guarded', 'viewer')
      const response = await fetch(`${server.url}/api/rooms/guarded/links/${link.linkId}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${room.token}` },
      })
      expect(response.status).toBe(204)
      return withToken('/sync/guarded/text', link.token)
    },
  },
  {
    name: 'for a room that does not exist',
    status: 404,
    body: /does not exist/,
    path: async () => withToken('/sync/ghost/text', await signToken({ room: 'ghost', role: 'owner', jti: 'x' })),
  },
]

test.each(cases)('a token $name is refused at upgrade with $status, before any doc loads', async ({ status, body, path }) => {
  const requestPath = await path()
  const before = server.loadedDocCount()
  const refused = await refusedUpgrade(server.url, requestPath)
  expect(refused.status).toBe(status)
  expect(refused.body).toMatch(body)
  expect(server.loadedDocCount()).toBe(before)
  expect(before).toBe(0)
})
