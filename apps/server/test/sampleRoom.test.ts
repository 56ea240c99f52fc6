import { afterEach, expect, test } from 'vitest'
import { startServer, type RunningServer } from '../src/index'
import { readStoredRows } from './helpers/readStoredDoc'
import { call } from './helpers/api'
import { tokenOf } from './helpers/rooms'
import { syncClient, type SyncClient } from './helpers/syncClient'
import { tempDataDir } from './helpers/tempDataDir'

let server: RunningServer | undefined
const clients: SyncClient[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server?.close()
})

async function readSample(url: string): Promise<{ text: string; nodes: number }> {
  const sample = { room: 'sample', token: tokenOf((await server!.standingLinks('sample')).viewer) }
  const text = syncClient(url, sample, 'text')
  const map = syncClient(url, sample, 'map')
  clients.push(text, map)
  await Promise.all([text.synced(), map.synced()])
  return { text: text.doc.getXmlFragment('content').toString(), nodes: map.doc.getMap('nodes').size }
}

test('room sample is seeded once, server-side; a restart does not seed it again', async () => {
  const dataDir = tempDataDir()
  server = await startServer({ port: 0, dataDir })
  const first = await readSample(server.url)
  expect(first.text).toContain('missile')
  expect(first.nodes).toBeGreaterThan(0)
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
  const rowsAfterFirst = readStoredRows(dataDir, 'sample/text')

  server = await startServer({ port: 0, dataDir })
  const second = await readSample(server.url)
  expect(second).toEqual(first)
  const rowsAfterSecond = readStoredRows(dataDir, 'sample/text')
  expect(rowsAfterSecond.updates.length + (rowsAfterSecond.snapshot ? 1 : 0)).toBe(
    rowsAfterFirst.updates.length + (rowsAfterFirst.snapshot ? 1 : 0),
  )
})

test('the sample room is registered with its title, and its owner link stays the same across restarts', async () => {
  const dataDir = tempDataDir()
  server = await startServer({ port: 0, dataDir })
  const links = await server.standingLinks('sample')
  const access = await call(server.url, 'GET', `/api/rooms/sample/access?token=${tokenOf(links.owner)}`)
  expect(access.json).toMatchObject({ room: 'sample', role: 'owner', title: 'A ray of hope in US-Russia relations?' })
  await server.close()

  server = await startServer({ port: 0, dataDir })
  const again = await server.standingLinks('sample')
  const accessAgain = await call(server.url, 'GET', `/api/rooms/sample/access?token=${tokenOf(again.owner)}`)
  expect(accessAgain.json).toEqual(access.json)
  const roles = await Promise.all(
    (['editor', 'annotator', 'viewer'] as const).map(async (role) => (await call(server!.url, 'GET', `/api/rooms/sample/access?token=${tokenOf(again[role])}`)).json.role),
  )
  expect(roles).toEqual(['editor', 'annotator', 'viewer'])
})
