import fs from 'node:fs'
import path from 'node:path'
import { afterEach, expect, test, vi } from 'vitest'
import { startServer, type RunningServer } from '../src/index'
import { call } from './helpers/api'
import { createRoom } from './helpers/rooms'
import { tempDataDir } from './helpers/tempDataDir'

let server: RunningServer | undefined
afterEach(async () => {
  vi.restoreAllMocks()
  await server?.close()
  server = undefined
})

const modeOf = (file: string) => fs.statSync(file).mode & 0o777

test('without WARRANT_SECRET a secret is made once, owner-only, and reused: links survive restarts', async () => {
  const dataDir = tempDataDir()
  server = await startServer({ port: 0, dataDir, seedSample: false })
  const file = path.join(dataDir, 'secret')
  expect(modeOf(file)).toBe(0o600)
  const secret = fs.readFileSync(file, 'utf8')
  expect(secret.trim().length).toBeGreaterThanOrEqual(32)
  const room = await createRoom(server.url, 'kept')
  await server.close()

  server = await startServer({ port: 0, dataDir, seedSample: false })
  expect(fs.readFileSync(file, 'utf8')).toBe(secret)
  expect((await call(server.url, 'GET', '/api/rooms/kept/access', { token: room.token })).status).toBe(200)
})

test('a secret file readable by others is narrowed to 0600 on start', async () => {
  const dataDir = tempDataDir()
  fs.writeFileSync(path.join(dataDir, 'secret'), 'a-secret-someone-made-with-the-wrong-umask-0123\n', { mode: 0o644 })
  fs.chmodSync(path.join(dataDir, 'secret'), 0o644)
  const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {})
  server = await startServer({ port: 0, dataDir, seedSample: false })
  expect(modeOf(path.join(dataDir, 'secret'))).toBe(0o600)
  expect(warnings.mock.calls.flat().join(' ')).toMatch(/0600/)
})

test('WARRANT_SECRET signs instead of the file; a short one is refused', async () => {
  const dataDir = tempDataDir()
  await expect(startServer({ port: 0, dataDir, seedSample: false, secret: 'too-short' })).rejects.toThrow(/at least 32/)
  server = await startServer({ port: 0, dataDir, seedSample: false, secret: 'x'.repeat(40) })
  const room = await createRoom(server.url, 'configured')
  await server.close()
  server = await startServer({ port: 0, dataDir, seedSample: false, secret: 'y'.repeat(40) })
  expect((await call(server.url, 'GET', '/api/rooms/configured/access', { token: room.token })).status).toBe(401)
  expect(fs.existsSync(path.join(dataDir, 'secret'))).toBe(false)
})
