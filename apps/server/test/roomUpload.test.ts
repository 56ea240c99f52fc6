import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { type RunningServer, startServer } from '../src/index'
import { tokenOf } from './helpers/rooms'
import { syncClient } from './helpers/syncClient'
import { tempDataDir } from './helpers/tempDataDir'

let server: RunningServer
beforeAll(async () => {
  server = await startServer({ port: 0, dataDir: tempDataDir(), seedSample: false })
})
afterAll(() => server.close())

const fixture = (name: string) => readFileSync(new URL(`../../../packages/formats/src/readings/fixtures/${name}`, import.meta.url))

async function upload(name: string, bytes: Uint8Array, fields: Record<string, string> = {}) {
  const form = new FormData()
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name))
  for (const [key, value] of Object.entries(fields)) form.set(key, value)
  return fetch(`${server.url}/api/rooms`, { method: 'POST', body: form })
}

async function readingOf(id: string, link: string): Promise<string> {
  const client = syncClient(server.url, { room: id, token: tokenOf(link) }, 'text')
  await client.synced()
  const text = client.doc.getXmlFragment('content').toString()
  client.destroy()
  return text
}

test('a .docx and a .pdf upload each become a room with their text, formatting kept', async () => {
  for (const name of ['small.docx', 'two-pages.pdf', 'reading.md']) {
    const response = await upload(name, fixture(name), { title: `From ${name}` })
    expect(response.status, name).toBe(201)
    const created = (await response.json()) as { id: string; links: { viewer: string } }
    const text = await readingOf(created.id, created.links.viewer)
    expect(text.length, name).toBeGreaterThan(20)
    expect(text, name).toContain('<paragraph>')
  }
})

test('an unsupported or corrupt file is refused with a message naming it, and no room is made', async () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
  const response = await upload('notes.pdf', png, { id: 'never-made' })
  expect(response.status).toBe(400)
  expect((await response.json()).error).toContain('notes.pdf')
  const access = await fetch(`${server.url}/api/rooms/never-made/access?token=x`)
  expect(access.status).not.toBe(200)
  const again = await fetch(`${server.url}/api/rooms`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: 't', text: '', id: 'never-made' }) })
  expect(again.status).toBe(201)
})

test('an upload without a file field is refused', async () => {
  const form = new FormData()
  form.set('title', 'No file')
  const response = await fetch(`${server.url}/api/rooms`, { method: 'POST', body: form })
  expect(response.status).toBe(400)
  expect((await response.json()).error).toMatch(/file/)
})
