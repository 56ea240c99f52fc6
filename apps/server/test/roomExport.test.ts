import { afterAll, beforeAll, expect, test } from 'vitest'
import { type RunningServer, startServer } from '../src/index'
import { tokenOf } from './helpers/rooms'
import { tempDataDir } from './helpers/tempDataDir'

let server: RunningServer
let viewer: string

beforeAll(async () => {
  server = await startServer({ port: 0, dataDir: tempDataDir() })
  viewer = tokenOf((await server.standingLinks('sample')).viewer)
})
afterAll(() => server.close())

const get = (path: string, token?: string) =>
  fetch(`${server.url}${path}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {})

test('any role exports the whole map as SVG, PNG at a scale, and PDF, with a file name', async () => {
  const svg = await get('/api/rooms/sample/export?format=svg&legend=1', viewer)
  expect(svg.status).toBe(200)
  expect(svg.headers.get('content-type')).toContain('image/svg+xml')
  expect(svg.headers.get('content-disposition')).toContain('.svg')
  const drawn = await svg.text()
  // Card texts are wrapped into lines, so look for words rather than whole quotes.
  for (const word of ['concession', 'interceptors', 'distrust']) expect(drawn).toContain(word)

  const png = new Uint8Array(await (await get('/api/rooms/sample/export?format=png&scale=2', viewer)).arrayBuffer())
  expect(new TextDecoder().decode(png.slice(1, 4))).toBe('PNG')
  const width = new DataView(png.buffer).getUint32(16)
  const png1 = new Uint8Array(await (await get('/api/rooms/sample/export?format=png&scale=1', viewer)).arrayBuffer())
  expect(width).toBe(2 * new DataView(png1.buffer).getUint32(16))

  const pdf = new Uint8Array(await (await get('/api/rooms/sample/export?format=pdf', viewer)).arrayBuffer())
  expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-')
})

test('export refuses a bad format or scale with a message, and a missing token', async () => {
  const bad = await get('/api/rooms/sample/export?format=gif', viewer)
  expect(bad.status).toBe(400)
  expect((await bad.json()).error).toMatch(/format/)
  expect((await get('/api/rooms/sample/export?format=png&scale=3', viewer)).status).toBe(400)
  expect((await get('/api/rooms/sample/export?format=svg')).status).toBe(401)
})

test('the evaluation labels every node of the sample map, with the reasons', async () => {
  const response = await get('/api/rooms/sample/evaluation', viewer)
  expect(response.status).toBe(200)
  const { nodes } = (await response.json()) as { nodes: Record<string, { label: string; because: string[] }> }
  const labels = Object.values(nodes)
  expect(labels).toHaveLength(8)
  // "Not a concession" is unattacked and attacks the "window of opportunity" claim, which falls.
  expect(labels.filter((node) => node.label === 'out').length).toBeGreaterThan(0)
  for (const node of labels.filter((each) => each.label === 'out')) expect(node.because.length).toBeGreaterThan(0)
})
