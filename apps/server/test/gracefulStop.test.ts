import { expect, test } from 'vitest'
import { closeCodes } from '../src/index'
import { readStoredDoc } from './helpers/readStoredDoc'
import { freePort, startServerProcess } from './helpers/serverProcess'
import { createRoom } from './helpers/rooms'
import { syncClient } from './helpers/syncClient'
import { tempDataDir } from './helpers/tempDataDir'

test('SIGTERM commits what was received, closes sockets with 1012 and exits 0', async () => {
  const dataDir = tempDataDir()
  const server = await startServerProcess(await freePort(), dataDir)
  // The start-up lines: the sample's owner link first (full rights), then one line per other role.
  expect(server.output()).toMatch(/Warrant is running at http:\/\/127\.0\.0\.1:\d+\/r\/sample\?token=[\w.-]+\n\s+editor\s+http\S+\n\s+annotator\s+http\S+\n\s+viewer\s+http\S+\n/)
  const client = syncClient(server.url, await createRoom(server.url, 'stop'), 'text', true)
  await client.synced()
  client.doc.getText('t').insert(0, 'evidence')
  await client.savedAll()

  const closeCode = new Promise<number | undefined>((resolve) =>
    client.provider.once('connection-close', (event) => resolve(event?.code)),
  )
  server.child.kill('SIGTERM')
  const [code, exit] = await Promise.all([closeCode, server.exited])
  client.destroy()
  expect(code).toBe(closeCodes.serviceRestart)
  expect(exit.code).toBe(0)
  expect(readStoredDoc(dataDir, 'stop/text').getText('t').toString()).toBe('evidence')
})
