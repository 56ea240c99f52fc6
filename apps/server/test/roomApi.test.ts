import http from 'node:http'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { roles } from '@warrant/model'
import { startServer, type RunningServer } from '../src/index'
import { call } from './helpers/api'
import { createRoom, type TestRoom, tokenOf } from './helpers/rooms'
import { testSecret } from './helpers/signToken'
import { tempDataDir } from './helpers/tempDataDir'

let server: RunningServer

/** fetch cannot set Host (a forbidden header), so this one goes through node:http. */
function postWithHost(serverUrl: string, host: string, body: unknown): Promise<any> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${serverUrl}/api/rooms`, { method: 'POST', headers: { Host: host, 'Content-Type': 'application/json' } }, (response) => {
      let text = ''
      response.on('data', (chunk: Buffer) => (text += chunk.toString()))
      response.on('end', () => resolve(JSON.parse(text)))
    })
    request.on('error', reject)
    request.end(JSON.stringify(body))
  })
}
let room: TestRoom
beforeAll(async () => {
  server = await startServer({ port: 0, dataDir: tempDataDir(), seedSample: false, secret: testSecret })
  room = await createRoom(server.url, 'api-room', { title: 'On concessions' })
})
afterAll(async () => {
  await server.close()
})

test('POST /api/rooms answers 201 with the id, the epoch and one link per role on the Host used', async () => {
  const created = await call(server.url, 'POST', '/api/rooms', { body: { title: 'A reading', text: 'First line.\nSecond line.' } })
  expect(created.status).toBe(201)
  expect(created.json.id).toMatch(/^[A-Za-z0-9_-]{12}$/)
  expect(created.json.epoch).toMatch(/^[A-Za-z0-9_-]{16}$/)
  const origin = server.url.replace('127.0.0.1', 'localhost')
  const viaHost = await postWithHost(server.url, new URL(origin).host, { title: 't', text: '' })
  for (const role of roles) {
    expect(created.json.links[role]).toMatch(new RegExp(`^${server.url}/r/${created.json.id}\\?token=[\\w-]+\\.[\\w-]+\\.[\\w-]+$`))
    expect(viaHost.links[role].startsWith(`${origin}/r/`)).toBe(true)
  }
})

test('GET …/access answers the role, title, epoch and link id, by header or query token', async () => {
  for (const role of roles) {
    const byHeader = await call(server.url, 'GET', '/api/rooms/api-room/access', { token: room.tokens[role] })
    const byQuery = await call(server.url, 'GET', `/api/rooms/api-room/access?token=${room.tokens[role]}`)
    expect(byHeader.status).toBe(200)
    expect(byHeader.json).toEqual({ room: 'api-room', role, title: 'On concessions', epoch: room.epoch, linkId: expect.any(String) })
    expect(byQuery.json).toEqual(byHeader.json)
  }
  expect((await call(server.url, 'GET', '/api/rooms/api-room/access')).status).toBe(401)
  expect((await call(server.url, 'GET', '/api/rooms/api-room/access', { token: 'garbage' })).json.error).toMatch(/malformed/)
  expect((await call(server.url, 'GET', '/api/rooms/nowhere/access', { token: room.token })).status).toBe(403)
})

test('links: the owner lists and mints them; nobody else may', async () => {
  const listed = await call(server.url, 'GET', '/api/rooms/api-room/links', { token: room.token })
  expect(listed.status).toBe(200)
  expect(listed.json.links.map((link: { role: string }) => link.role).sort()).toEqual([...roles].sort())
  expect(listed.json.links[0]).toEqual({ id: expect.any(String), role: expect.any(String), url: expect.any(String), createdAt: expect.any(String), revokedAt: null })

  const minted = await call(server.url, 'POST', '/api/rooms/api-room/links', { token: room.token, body: { role: 'annotator' } })
  expect(minted.status).toBe(201)
  expect(Object.keys(minted.json).sort()).toEqual(['createdAt', 'id', 'role', 'url'])
  const access = await call(server.url, 'GET', '/api/rooms/api-room/access', { token: tokenOf(minted.json.url) })
  expect(access.json).toMatchObject({ role: 'annotator', linkId: minted.json.id })

  expect((await call(server.url, 'POST', '/api/rooms/api-room/links', { token: room.token, body: { role: 'admin' } })).status).toBe(400)
  for (const role of ['editor', 'annotator', 'viewer'] as const) {
    expect((await call(server.url, 'GET', '/api/rooms/api-room/links', { token: room.tokens[role] })).status).toBe(403)
    expect((await call(server.url, 'POST', '/api/rooms/api-room/links', { token: room.tokens[role], body: { role: 'owner' } })).status).toBe(403)
  }
})

test('POST /api/rooms validates its body and names the problem', async () => {
  const post = (body: unknown, headers: Record<string, string> = {}) => call(server.url, 'POST', '/api/rooms', { body, headers })
  const cases: [unknown, number, RegExp][] = [
    ['{not json', 400, /not valid JSON/],
    [[1, 2], 400, /JSON object/],
    [{ text: 'x' }, 400, /"title" must be a string/],
    [{ title: 'x' }, 400, /"text" must be a string/],
    [{ title: 'x'.repeat(201), text: '' }, 400, /"title" is longer than 200/],
    [{ title: 'x', text: 'y'.repeat(2_000_001) }, 413, /"text" is longer than 2,000,000/],
    [{ title: 'x', text: '', id: 'bad id!' }, 400, /"id" must be/],
    [{ title: 'x', text: '', id: 'api-room' }, 409, /already exists/],
  ]
  for (const [body, status, message] of cases) {
    const answer = await post(body)
    expect({ body: JSON.stringify(body).slice(0, 40), status: answer.status }).toEqual({ body: JSON.stringify(body).slice(0, 40), status })
    expect(answer.json.error).toMatch(message)
  }
  const huge = await post(JSON.stringify({ title: 'x', text: 'y'.repeat(8 * 1024 * 1024) }))
  expect(huge.status).toBe(413)
  expect(huge.json.error).toMatch(/larger than 8 MiB/)
  const form = await post('title=x', { 'Content-Type': 'application/x-www-form-urlencoded' })
  expect(form.status).toBe(415)
})

test('unknown endpoints and methods answer JSON errors', async () => {
  expect((await call(server.url, 'GET', '/api/rooms')).status).toBe(405)
  expect((await call(server.url, 'GET', '/api/nothing')).status).toBe(404)
  expect((await call(server.url, 'PUT', '/api/rooms/api-room/access', { token: room.token })).status).toBe(405)
})

test('WARRANT_PUBLIC_URL sets the origin of every link', async () => {
  const publicServer = await startServer({ port: 0, dataDir: tempDataDir(), seedSample: false, secret: testSecret, publicUrl: 'https://warrant.example.org/' })
  try {
    const created = await call(publicServer.url, 'POST', '/api/rooms', { body: { title: 'x', text: '' } })
    expect(created.json.links.owner.startsWith(`https://warrant.example.org/r/${created.json.id}?token=`)).toBe(true)
  } finally {
    await publicServer.close()
  }
})
