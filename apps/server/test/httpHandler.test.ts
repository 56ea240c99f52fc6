import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterEach, expect, test } from 'vitest'
import { startServer, type RunningServer } from '../src/index'
import { tempDataDir } from './helpers/tempDataDir'

let server: RunningServer | undefined
afterEach(async () => {
  await server?.close()
})

/** A raw GET, so paths like `/../` reach the server unnormalised. */
function get(url: string, requestPath: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}${requestPath}`, { path: requestPath }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body }),
      )
    })
    request.on('error', reject)
    request.end()
  })
}

function webRoot(): string {
  const root = path.join(tempDataDir(), 'dist')
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Warrant</title>')
  fs.writeFileSync(path.join(root, 'assets', 'app-1234.js'), 'console.log(1)')
  fs.writeFileSync(path.join(root, 'assets', 'app-1234.css'), 'body{}')
  return root
}

test('serves health, the built app with SPA fallback and content types, and nothing outside it', async () => {
  const root = webRoot()
  fs.writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'secret')
  server = await startServer({ port: 0, dataDir: tempDataDir(), webRoot: root, seedSample: false })

  const health = await get(server.url, '/healthz')
  expect(health.status).toBe(200)
  expect(JSON.parse(health.body)).toEqual({ ok: true, rooms: 0 })

  for (const route of ['/', '/r/sample', '/r/any/deep/path']) {
    const page = await get(server.url, route)
    expect(page.status).toBe(200)
    expect(page.type).toMatch(/^text\/html/)
    expect(page.body).toContain('<title>Warrant</title>')
  }
  expect((await get(server.url, '/assets/app-1234.js')).type).toMatch(/^text\/javascript/)
  expect((await get(server.url, '/assets/app-1234.css')).type).toMatch(/^text\/css/)
  expect((await get(server.url, '/assets/missing.js')).status).toBe(404)
  for (const attack of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00']) {
    const response = await get(server.url, attack)
    expect(response.status).toBe(404)
    expect(response.body).not.toContain('secret')
  }
})

test('without a built app, pages answer 503 saying to run the build; health still works', async () => {
  server = await startServer({ port: 0, dataDir: tempDataDir(), webRoot: path.join(tempDataDir(), 'dist'), seedSample: false })
  const page = await get(server.url, '/r/sample')
  expect(page.status).toBe(503)
  expect(page.type).toMatch(/^text\/plain/)
  expect(page.body).toMatch(/build/)
  expect((await get(server.url, '/healthz')).status).toBe(200)
})

/** A GET with an Accept-Encoding, the body as bytes (not decoded). */
function getEncoded(url: string, requestPath: string, acceptEncoding: string | null): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === null ? {} : { 'Accept-Encoding': acceptEncoding }
    const request = http.get(`${url}${requestPath}`, { headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }))
    })
    request.on('error', reject)
  })
}

test('sends the build\'s .br or .gz of a file to a browser that accepts it, the file itself otherwise', async () => {
  const root = webRoot()
  const script = 'console.log("a script long enough to be worth compressing");\n'.repeat(40)
  const file = path.join(root, 'assets', 'big-5678.js')
  fs.writeFileSync(file, script)
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(script))
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(script))
  server = await startServer({ port: 0, dataDir: tempDataDir(), webRoot: root, seedSample: false })

  const chromium = await getEncoded(server.url, '/assets/big-5678.js', 'gzip, deflate, br, zstd')
  expect(chromium.headers['content-encoding']).toBe('br')
  expect(chromium.headers['content-type']).toMatch(/^text\/javascript/)
  expect(chromium.headers.vary).toBe('Accept-Encoding')
  expect(Number(chromium.headers['content-length'])).toBe(chromium.body.byteLength)
  expect(zlib.brotliDecompressSync(chromium.body).toString()).toBe(script)

  const gzipOnly = await getEncoded(server.url, '/assets/big-5678.js', 'gzip')
  expect(gzipOnly.headers['content-encoding']).toBe('gzip')
  expect(zlib.gunzipSync(gzipOnly.body).toString()).toBe(script)

  for (const acceptEncoding of [null, 'identity', 'br;q=0, gzip;q=0']) {
    const plain = await getEncoded(server.url, '/assets/big-5678.js', acceptEncoding)
    expect({ acceptEncoding, encoding: plain.headers['content-encoding'], body: plain.body.toString() }).toEqual({ acceptEncoding, encoding: undefined, body: script })
  }
  // A file the build did not compress (under 1 KB) goes as it is, whatever the browser accepts.
  const small = await getEncoded(server.url, '/assets/app-1234.js', 'br, gzip')
  expect([small.headers['content-encoding'], small.body.toString()]).toEqual([undefined, 'console.log(1)'])
})
