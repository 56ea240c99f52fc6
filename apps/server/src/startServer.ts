import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Duplex } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { WebSocketServer, type WebSocket } from 'ws'
import { accessCloseCodes, type Role } from '@warrant/model'
import { type AccessGrant, checkAccess, grantStillHolds } from './access/checkAccess'
import { RoomRegistry } from './access/RoomRegistry'
import { loadServerSecret } from './access/serverSecret'
import { Connection } from './Connection'
import { DocumentRegistry } from './DocumentRegistry'
import { apiHandler } from './http/api/apiHandler'
import { httpHandler } from './http/httpHandler'
import { closeCodes } from './protocol/closeCodes'
import { storageName } from './protocol/docNames'
import { maxFramePayload } from './protocol/limits'
import { parseSyncPath, type SyncTarget } from './protocol/syncPath'
import { readSampleReading } from './sample/readSampleReading'
import { seedSampleRoomOnce } from './sample/seedSampleRoomOnce'
import { RoomService } from './rooms/RoomService'
import { SqliteStorage } from './storage/SqliteStorage'

export interface ServerOptions {
  /** Default 8080; 0 picks a free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** Where `warrant.sqlite` and `secret` live (created if missing). Default `./data`. Ignored when `storage` is given. */
  dataDir?: string
  /**
   * Use this storage instead of SQLite in `dataDir` (tests). Closed by `close()`. SQLite because
   * the rooms registry shares its database (and its transactions) with the docs.
   */
  storage?: SqliteStorage
  /** Signs room tokens (env WARRANT_SECRET, ≥ 32 characters). Default: `<dataDir>/secret`, made once, mode 0600. */
  secret?: string
  /** When set, creating rooms needs `Authorization: Bearer <adminToken>` (env WARRANT_ADMIN_TOKEN). */
  adminToken?: string
  /** Origin of room links (env WARRANT_PUBLIC_URL). Default: the request's Host, over http. */
  publicUrl?: string
  /** The built web app. Default `apps/web/dist` of this workspace. */
  webRoot?: string
  /** Unload a doc this long after its last client leaves. Default 30 000 ms. */
  idleUnloadMs?: number
  /** Fold a doc's update log into a snapshot after this many rows or bytes. Defaults 200 / 1 MiB. */
  compactAfterUpdates?: number
  compactAfterBytes?: number
  /** Seed and register room `sample` if the registry has no row for it. Default true. */
  seedSample?: boolean
}

export interface RunningServer {
  /** `http://host:port` */
  url: string
  port: number
  /** Stops accepting, commits everything received, closes sockets with 1012 and the store. */
  close(): Promise<void>
  loadedDocCount(): number
  /**
   * A new link into an existing room (as the owner's `POST …/links` makes), for tests and
   * scripts; `exp` in seconds since the epoch.
   */
  mintLink(room: string, role: Role, exp?: number): Promise<{ url: string; token: string; linkId: string }>
  /** The standing link of each role of a room (the sample room's start-up lines). */
  standingLinks(room: string): Promise<Record<Role, string>>
}

const defaultWebRoot = fileURLToPath(new URL('../../web/dist', import.meta.url))
/** Clients get this long to answer the close handshake before their socket is cut. */
const closeGraceMs = 1000

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1'
  // The secret first: a bad WARRANT_SECRET must stop the start before storage is opened.
  const secret = loadServerSecret(options.storage ? path.dirname(options.storage.file) : (options.dataDir ?? './data'), options.secret)
  const storage = options.storage ?? new SqliteStorage(options.dataDir ?? './data')
  const rooms = new RoomRegistry(storage)
  if (options.seedSample ?? true) {
    try {
      await seedSampleRoomOnce(storage, rooms, readSampleReading)
    } catch (error) {
      console.error('[sample] seeding room "sample" failed; starting without it', error)
    }
  }
  const registry = new DocumentRegistry(storage, {
    idleUnloadMs: options.idleUnloadMs ?? 30_000,
    compactAfterUpdates: options.compactAfterUpdates ?? 200,
    compactAfterBytes: options.compactAfterBytes ?? 1024 * 1024,
  })
  const roomService = new RoomService(rooms, secret, registry)
  let url = ''
  const api = apiHandler({
    rooms: roomService,
    storage,
    documents: registry,
    registry: rooms,
    secret,
    listeningUrl: () => url,
    ...(options.adminToken ? { adminToken: options.adminToken } : {}),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  })
  const server = http.createServer(
    httpHandler({ webRoot: options.webRoot ?? defaultWebRoot, loadedDocCount: () => registry.loadedCount, api }),
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
    // Before anything is loaded: a refused token costs one registry lookup, never a doc.
    const checked = await checkAccess(rooms, secret, target.room, target.token)
    if (!checked.ok) return refuseUpgrade(socket, checked.status, checked.error)
    const grant = checked.grant
    if (stopping) return refuseUpgrade(socket, 503, 'Server is stopping')
    const name = storageName(target.room, target.doc)
    const opened = await registry.open(name).then(
      (sharedDoc) => ({ sharedDoc }),
      () => null,
    )
    sockets.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      if (opened === null) return ws.close(closeCodes.internalError, `cannot open ${name}: stored data is unreadable`)
      if (stopping || opened.sharedDoc.isClosed) return ws.close(closeCodes.serviceRestart, 'try again')
      const ended = accessEndedWhileLoading(rooms, grant)
      if (ended !== null) return ws.close(ended.code, ended.reason)
      new Connection(ws, opened.sharedDoc, target.ack, { doc: target.doc, role: grant.role, linkId: grant.linkId, expiresAt: grant.expiresAt })
    })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 8080, host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  const linkOrigin = options.publicUrl?.replace(/\/+$/, '') || url

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

  const mintLink = async (room: string, role: Role, exp?: number) => {
    if (rooms.room(room) === undefined) throw new Error(`no room ${room}`)
    const link = rooms.addLink(room, role)
    const linkUrl = await roomService.linkUrl(linkOrigin, link, exp)
    return { url: linkUrl, token: new URL(linkUrl).searchParams.get('token')!, linkId: link.jti }
  }
  return {
    url,
    port,
    close,
    loadedDocCount: () => registry.loadedCount,
    mintLink,
    standingLinks: (room) => roomService.standingLinks(room, linkOrigin),
  }
}

/** The room was deleted or the link revoked while its doc loaded: end the session as if live. */
function accessEndedWhileLoading(rooms: RoomRegistry, grant: AccessGrant): { code: number; reason: string } | null {
  if (grantStillHolds(rooms, grant)) return null
  if (rooms.room(grant.room.id)?.epoch !== grant.room.epoch) return { code: accessCloseCodes.roomGone, reason: 'This room was deleted' }
  return { code: accessCloseCodes.revoked, reason: "This link was revoked by the room's owner" }
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
