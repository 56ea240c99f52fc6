import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { type RunningServer, startServer } from '../src/index'
import { createRoom, type TestRoom } from './helpers/rooms'
import { syncClient } from './helpers/syncClient'
import { tempDataDir } from './helpers/tempDataDir'
import { waitFor } from './helpers/waitFor'

let server: RunningServer
let room: TestRoom
beforeAll(async () => {
  server = await startServer({ port: 0, dataDir: tempDataDir(), seedSample: false })
  room = await createRoom(server.url, 'maps', { text: 'Nuclear power is safe. Waste can be stored for millennia.' })
})
afterAll(() => server.close())

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../packages/formats/src/${path}`, import.meta.url)))
const post = (path: string, token: string, body: Uint8Array<ArrayBuffer> | string) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body })

test('an AIF file imported into a room reaches connected people live, with a summary', async () => {
  const watcher = syncClient(server.url, { room: room.room, token: room.tokens.viewer }, 'map')
  await watcher.synced()
  const response = await post('/api/rooms/maps/map?format=aif', room.tokens.annotator, fixture('aif/fixtures/aifdb-plain.json'))
  expect(response.status).toBe(200)
  const summary = (await response.json()) as { nodes: number; links: number; skipped: unknown[] }
  expect(summary.nodes).toBeGreaterThan(0)
  await waitFor(() => watcher.doc.getMap('nodes').size === summary.nodes, 'the imported nodes at the viewer')
  watcher.destroy()
})

test('a viewer may not import; a broken file is refused with a message and changes nothing', async () => {
  expect((await post('/api/rooms/maps/map?format=argdown', room.tokens.viewer, '[A]: a')).status).toBe(403)
  const before = await (await fetch(`${server.url}/api/rooms/maps/export?format=json`, { headers: { Authorization: `Bearer ${room.token}` } })).json()
  const broken = await post('/api/rooms/maps/map?format=aif', room.token, '{"nodes": [')
  expect(broken.status).toBe(400)
  expect((await broken.json()).error.length).toBeGreaterThan(5)
  const after = await (await fetch(`${server.url}/api/rooms/maps/export?format=json`, { headers: { Authorization: `Bearer ${room.token}` } })).json()
  expect(after.nodes).toEqual(before.nodes)
  expect((await post('/api/rooms/maps/map?format=docx', room.token, 'x')).status).toBe(400)
})

test('the map exports as AIF, Argdown, JSON, a Markdown outline and W3C annotations', async () => {
  const get = (format: string) => fetch(`${server.url}/api/rooms/maps/export?format=${format}`, { headers: { Authorization: `Bearer ${room.token}` } })
  const aif = await get('aif')
  expect(aif.headers.get('content-disposition')).toContain('.aif.json')
  // OVA3's shape: the AIF graph under "AIF", with S-nodes between statements.
  const { AIF } = (await aif.json()) as { AIF: { nodes: { type: string }[] } }
  expect(AIF.nodes.some((node) => node.type === 'I')).toBe(true)
  expect(await (await get('argdown')).text()).toMatch(/\[.+\]/)
  expect(await (await get('md')).text()).toMatch(/^#|^- /m)
  expect(((await (await get('annotations')).json()) as { type: string }).type).toBe('AnnotationCollection')
  expect(((await (await get('json')).json()) as { warrant: number }).warrant).toBe(1)
})

test('a new room can be made from an OVA3 save or an Argdown file', async () => {
  for (const [path, name] of [['aif/fixtures/ova3.json', 'ova3.json'], ['argdown/fixtures/seminar.argdown', 'seminar.argdown']] as const) {
    const form = new FormData()
    form.set('file', new File([fixture(path)], name))
    const response = await fetch(`${server.url}/api/rooms`, { method: 'POST', body: form })
    expect(response.status, name).toBe(201)
    const created = (await response.json()) as { imported: { nodes: number } }
    expect(created.imported.nodes, name).toBeGreaterThan(0)
  }
})
