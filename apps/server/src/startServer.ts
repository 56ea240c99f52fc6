import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { WebSocketServer, type WebSocket } from 'ws'
import { Connection } from './Connection'
import { DocumentRegistry } from './DocumentRegistry'
import { httpHandler } from './http/httpHandler'
import { closeCodes } from './protocol/closeCodes'
import { storageName } from './protocol/docNames'
import { maxFramePayload } from './protocol/limits'
import { parseSyncPath, type SyncTarget } from './protocol/syncPath'
import { seedSampleRoomOnce } from './sample/seedSampleRoomOnce'
import { SqliteStorage } from './storage/SqliteStorage'
import type { Storage } from './storage/Storage'

export interface ServerOptions {
  /** Default 8080; 0 picks a free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** Where `warrant.sqlite` lives (created if missing). Default `./data`. Ignored when `storage` is given. */
  dataDir?: string
  /** Use this storage instead of SQLite in `dataDir` (tests, other engines). Closed by `close()`. */
  storage?: Storage
  /** The built web app. Default `apps/web/dist` of this workspace. */
  webRoot?: string
  /** Unload a doc this long after its last client leaves. Default 30 000 ms. */
  idleUnloadMs?: number
  /** Fold a doc's update log into a snapshot after this many rows or bytes. Defaults 200 / 1 MiB. */
  compactAfterUpdates?: number
  compactAfterBytes?: number
  /** Seed room `sample` if storage has nothing for it. Default true. */
  seedSample?: boolean
}

export interface RunningServer {
  /** `http://host:port` */
  url: string
  port: number
  /** Stops accepting, commits everything received, closes sockets with 1012 and the store. */
  close(): Promise<void>
  loadedDocCount(): number
}

const defaultWebRoot = fileURLToPath(new URL('../../web/dist', import.meta.url))
/** Clients get this long to answer the close handshake before their socket is cut. */
const closeGraceMs = 1000

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1'
  const storage = options.storage ?? new SqliteStorage(options.dataDir ?? './data')
  if (options.seedSample ?? true) {
    try {
      await seedSampleRoomOnce(storage)
    } catch (error) {
      console.error('[sample] seeding room "sample" failed; starting without it', error)
    }
  }
  const registry = new DocumentRegistry(storage, {
    idleUnloadMs: options.idleUnloadMs ?? 30_000,
    compactAfterUpdates: options.compactAfterUpdates ?? 200,
    compactAfterBytes: options.compactAfterBytes ?? 1024 * 1024,
  })
  const server = http.createServer(
    httpHandler({ webRoot: options.webRoot ?? defaultWebRoot, loadedDocCount: () => registry.loadedCount }),
  )
  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxFramePayload })
  let stopping = false

  server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    if (stopping) return refuseUpgrade(socket, 503, 'Server is stopping')
    const target = parseSyncPath(request.url ?? '')
    if (target === null) {
      return refuseUpgrade(socket, 400, 'Expected /sync/<room>/<doc>, room [A-Za-z0-9_-]{1,64}, doc text or map')
    }
    void acceptSync(request, socket, head, target)
  })

  async function acceptSync(request: http.IncomingMessage, socket: Duplex, head: Buffer, target: SyncTarget) {
    const name = storageName(target.room, target.doc)
    const opened = await registry.open(name).then(
      (sharedDoc) => ({ sharedDoc }),
      () => null,
    )
    sockets.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      if (opened === null) return ws.close(closeCodes.internalError, `cannot open ${name}: stored data is unreadable`)
      if (stopping || opened.sharedDoc.isClosed) return ws.close(closeCodes.serviceRestart, 'try again')
      new Connection(ws, opened.sharedDoc, target.ack)
    })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 8080, host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port

  let closing: Promise<void> | null = null
  const close = (): Promise<void> => {
    closing ??= (async () => {
      stopping = true
      const listenerClosed = new Promise<void>((resolve) => server.close(() => resolve()))
      await storage.flush()
      registry.closeAll(closeCodes.serviceRestart, 'server restarting')
      await closeClients(sockets)
      await storage.close()
      server.closeAllConnections()
      await listenerClosed
    })()
    return closing
  }

  return { url: `http://${host}:${port}`, port, close, loadedDocCount: () => registry.loadedCount }
}

function refuseUpgrade(socket: Duplex, status: number, body: string): void {
  const text = `${body}\n`
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n` +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(text)}\r\n` +
      'Connection: close\r\n\r\n' +
      text,
  )
}

async function closeClients(sockets: WebSocketServer): Promise<void> {
  const pending = [...sockets.clients].map(
    (ws) =>
      new Promise<void>((resolve) => {
        if (ws.readyState === ws.CLOSED) return resolve()
        ws.close(closeCodes.serviceRestart, 'server restarting')
        const timer = setTimeout(() => ws.terminate(), closeGraceMs)
        ws.once('close', () => {
          clearTimeout(timer)
          resolve()
        })
      }),
  )
  await Promise.all(pending)
  await new Promise<void>((resolve) => sockets.close(() => resolve()))
}
