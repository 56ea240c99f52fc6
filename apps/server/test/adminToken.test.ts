import { afterEach, expect, test } from 'vitest'
import { serverOptionsFromEnv, startServer, type RunningServer } from '../src/index'
import { call } from './helpers/api'
import { tempDataDir } from './helpers/tempDataDir'

let server: RunningServer
afterEach(async () => {
  await server.close()
})

test('with WARRANT_ADMIN_TOKEN set, creating a room needs it as a bearer token', async () => {
  const options = serverOptionsFromEnv({ PORT: '0', WARRANT_ADMIN_TOKEN: 'let-me-in', WARRANT_DATA_DIR: tempDataDir() })
  server = await startServer({ ...options, seedSample: false })
  const body = { title: 'Locked', text: '' }
  const missing = await call(server.url, 'POST', '/api/rooms', { body })
  expect(missing.status).toBe(401)
  expect(missing.json.error).toMatch(/admin token/)
  expect((await call(server.url, 'POST', '/api/rooms', { body, token: 'let-me-out' })).status).toBe(401)
  expect((await call(server.url, 'POST', '/api/rooms', { body, token: 'let-me-in' })).status).toBe(201)
})

test('without it, creating rooms is open', async () => {
  server = await startServer({ port: 0, dataDir: tempDataDir(), seedSample: false })
  expect((await call(server.url, 'POST', '/api/rooms', { body: { title: 'Open', text: '' } })).status).toBe(201)
})
