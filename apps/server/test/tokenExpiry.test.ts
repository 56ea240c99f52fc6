import { afterEach, expect, test } from 'vitest'
import { accessCloseCodes } from '@warrant/model'
import { startServer, type RunningServer } from '../src/index'
import { rawSocket } from './helpers/rawSocket'
import { createRoom, withToken } from './helpers/rooms'
import { testSecret } from './helpers/signToken'
import { tempDataDir } from './helpers/tempDataDir'

let server: RunningServer
afterEach(async () => {
  await server.close()
})

test('a token that expires while connected ends the session with 4402', async () => {
  server = await startServer({ port: 0, dataDir: tempDataDir(), seedSample: false, secret: testSecret })
  await createRoom(server.url, 'brief')
  // Two to three seconds ahead: on a loaded machine, minting and connecting can take a second,
  // and a token already expired at connect time is refused another way (that is badTokens' case).
  const exp = Math.floor(Date.now() / 1000) + 3
  const link = await server.mintLink('brief', 'viewer', exp)
  const socket = await rawSocket(server.url, withToken('/sync/brief/text', link.token))
  const closed = await socket.closed
  expect(closed).toEqual({ code: accessCloseCodes.expired, reason: 'This link has expired' })
  expect(Date.now()).toBeGreaterThanOrEqual(exp * 1000)
})
