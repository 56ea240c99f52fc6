import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { contentTypes, fallbackContentType } from './contentTypes'
import { precompressedVariant } from './precompressedVariant'
import { regularFileSize } from './regularFileSize'
import { sendJson } from './sendJson'

export interface HttpHandlerOptions {
  /** Directory of the built web app (`apps/web/dist`). */
  webRoot: string
  loadedDocCount: () => number
  /** The JSON API, for every path under `/api/`. */
  api: (request: IncomingMessage, response: ServerResponse) => Promise<void>
}

/** Paths the single-page app routes itself: they all get index.html. */
const isAppRoute = (pathname: string): boolean => pathname === '/' || pathname.startsWith('/r/')

/** The API, a health check, and the built web app, with SPA fallback for `/` and `/r/*`. */
export function httpHandler(options: HttpHandlerOptions) {
  const root = path.resolve(options.webRoot)
  return (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname.startsWith('/api/') || url.pathname === '/api') return void options.api(request, response)
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendText(response, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' })
    }
    if (url.pathname === '/healthz') {
      return sendJson(response, 200, { ok: true, rooms: options.loadedDocCount() })
    }
    const index = path.join(root, 'index.html')
    const indexSize = regularFileSize(index)
    if (indexSize === null) {
      return sendText(response, 503, `The web app is not built (no ${index}). Run \`pnpm build\` and reload.\n`)
    }
    if (isAppRoute(url.pathname)) return sendFile(request, response, { file: index, size: indexSize })
    const found = resolveInside(root, url.pathname)
    if (found === null) return sendText(response, 404, 'Not found\n')
    sendFile(request, response, found)
  }
}

interface FoundFile {
  file: string
  size: number
}

/** The file a URL path names inside root and its size, or null if it escapes root or is not a file. */
function resolveInside(root: string, pathname: string): FoundFile | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded))
  if (file !== root && !file.startsWith(root + path.sep)) return null
  const size = regularFileSize(file)
  return size === null ? null : { file, size }
}

function sendFile(request: IncomingMessage, response: ServerResponse, { file, size }: FoundFile): void {
  const type = contentTypes[path.extname(file).toLowerCase()] ?? fallbackContentType
  const sent = precompressedVariant(request, file, size)
  // Vite fingerprints everything under assets/, so those can be cached forever; index.html cannot.
  const cache = file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'
  response.writeHead(200, {
    'Content-Type': type,
    'Content-Length': sent.size,
    'Cache-Control': cache,
    // A cache between keeps each encoding apart.
    Vary: 'Accept-Encoding',
    ...(sent.encoding ? { 'Content-Encoding': sent.encoding } : {}),
  })
  if (request.method === 'HEAD') return void response.end()
  fs.createReadStream(sent.path)
    .on('error', () => response.destroy())
    .pipe(response)
}

function sendText(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers })
  response.end(body)
}
