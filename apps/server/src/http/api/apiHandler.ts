import crypto from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { canManageLinks, canWrite, isRole, isRoomId } from '@warrant/model'
import type { DocumentRegistry } from '../../DocumentRegistry'
import { type AccessGrant, checkAccess } from '../../access/checkAccess'
import type { RoomRegistry } from '../../access/RoomRegistry'
import type { RoomService } from '../../rooms/RoomService'
import { ApiError } from '../ApiError'
import { readJsonBody } from '../readBody'
import { FileBody } from '../FileBody'
import { sendJson } from '../sendJson'
import type { Storage } from '../../storage/Storage'
import { evaluationRoute, exportRoute, importMapRoute } from './roomDataRoutes'
import { importIntoLiveRoom } from '../../rooms/importIntoLiveRoom'
import { requestOrigin, requestToken } from './requestAccess'
import { readRoomInput } from './roomInput'

export interface ApiOptions {
  rooms: RoomService
  storage: Pick<Storage, 'load' | 'flush'>
  documents: DocumentRegistry
  registry: RoomRegistry
  secret: Uint8Array
  /** When set, `POST /api/rooms` needs `Authorization: Bearer <adminToken>`. */
  adminToken?: string
  publicUrl?: string
  /** `http://host:port` the server listens on: the origin of last resort for links. */
  listeningUrl: () => string
}

interface Route {
  url: URL
  origin: string
  request: IncomingMessage
}

const roomPath = /^\/api\/rooms\/([^/]+)(?:\/(access|links|export|evaluation|map)(?:\/([^/]+))?)?$/

/** The JSON API under `/api/`: rooms, their access check and their links. */
export function apiHandler(options: ApiOptions) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const route: Route = { url, request, origin: requestOrigin(request, options.publicUrl, options.listeningUrl()) }
    try {
      const [status, body] = await dispatch(options, route, request.method ?? 'GET')
      if (status === 204) {
        response.writeHead(204, { 'Cache-Control': 'no-store' })
        return void response.end()
      }
      if (body instanceof FileBody) {
        response.writeHead(status, { 'Content-Type': body.contentType, 'Content-Disposition': body.disposition, 'Cache-Control': 'no-store' })
        return void response.end(body.body)
      }
      sendJson(response, status, body)
    } catch (error) {
      if (!(error instanceof ApiError)) console.error(`[api] ${request.method} ${url.pathname} failed`, error)
      const status = error instanceof ApiError ? error.status : 500
      const message = error instanceof ApiError ? error.message : 'Internal server error'
      // An unread body (e.g. refused as too large) would otherwise keep the socket busy.
      sendJson(response, status, { error: message }, request.complete ? {} : { Connection: 'close' })
    }
  }
}

async function dispatch(options: ApiOptions, route: Route, method: string): Promise<[number, unknown]> {
  const { pathname } = route.url
  if (pathname === '/api/rooms') {
    allow(method, ['POST'])
    return createRoom(options, route)
  }
  const match = roomPath.exec(pathname)
  if (match === null) throw new ApiError(404, `No API endpoint ${pathname}`)
  const [, roomId = '', section, linkId] = match
  if (section === undefined) {
    allow(method, ['DELETE'])
    options.rooms.delete(await owner(options, route, roomId))
    return [204, null]
  }
  if (section === 'export' || section === 'evaluation') {
    allow(method, ['GET'])
    await grant(options, route, roomId)
    if (linkId !== undefined) throw new ApiError(404, `No API endpoint ${pathname}`)
    return section === 'export' ? exportRoute(options.storage, roomId, route.url.searchParams, route.origin) : evaluationRoute(options.storage, roomId)
  }
  if (section === 'map') {
    allow(method, ['POST'])
    const { role } = await grant(options, route, roomId)
    if (!canWrite(role, 'map')) throw new ApiError(403, `A ${role} link cannot change the map`)
    if (linkId !== undefined) throw new ApiError(404, `No API endpoint ${pathname}`)
    return importMapRoute(options.documents, options.storage, roomId, route.request, route.url.searchParams)
  }
  if (section === 'access') {
    allow(method, ['GET'])
    const { room, role, linkId: id } = await grant(options, route, roomId)
    return [200, { room: room.id, role, title: room.title, epoch: room.epoch, linkId: id }]
  }
  if (linkId === undefined) {
    allow(method, ['GET', 'POST'])
    await owner(options, route, roomId)
    if (method === 'GET') return [200, { links: await options.rooms.listLinks(roomId, route.origin) }]
    const body = await readJsonBody(route.request, 64 * 1024, 'The link body')
    const role = (body as { role?: unknown } | null)?.role
    if (!isRole(role)) throw new ApiError(400, '"role" must be one of owner, editor, annotator, viewer')
    return [201, await options.rooms.mintLink(roomId, role, route.origin)]
  }
  allow(method, ['DELETE'])
  const current = await owner(options, route, roomId)
  if (options.rooms.link(roomId, linkId) === undefined) throw new ApiError(404, 'This room has no such link')
  if (linkId === current.linkId) throw new ApiError(409, 'You cannot revoke the link you are using')
  options.rooms.revoke(linkId)
  return [204, null]
}

async function createRoom(options: ApiOptions, route: Route): Promise<[number, unknown]> {
  if (options.adminToken !== undefined && !isAdmin(route.request, options.adminToken)) {
    throw new ApiError(401, 'Creating rooms on this server needs the admin token (Authorization: Bearer <WARRANT_ADMIN_TOKEN>)')
  }
  const input = await readRoomInput(route.request)
  if (input.id !== undefined && options.rooms.isTaken(input.id)) throw new ApiError(409, `A room with id "${input.id}" already exists`)
  const id = input.id ?? options.rooms.freeRoomId()
  if (input.mapFile) {
    // Read the whole map file first: a bad one must not leave an empty room behind.
    const { format, bytes, name } = input.mapFile
    const { isFormatError, readMapFile } = await import('@warrant/formats')
    try {
      readMapFile(format, bytes)
    } catch (error) {
      if (isFormatError(error)) throw new ApiError(400, `${name}: ${error.message}`)
      throw error
    }
  }
  const created = await options.rooms.create({ title: input.title, text: input.text, ...(input.reading ? { reading: input.reading } : {}), id }, route.origin)
  if (!input.mapFile) return [201, created]
  const imported = await importIntoLiveRoom(options.documents, options.storage, id, input.mapFile.format, input.mapFile.bytes)
  return [201, { ...created, imported }]
}

async function grant(options: ApiOptions, route: Route, roomId: string): Promise<AccessGrant> {
  if (!isRoomId(roomId)) throw new ApiError(404, 'This room does not exist')
  const checked = await checkAccess(options.registry, options.secret, roomId, requestToken(route.request, route.url))
  if (!checked.ok) throw new ApiError(checked.status, checked.error)
  return checked.grant
}

async function owner(options: ApiOptions, route: Route, roomId: string): Promise<AccessGrant> {
  const granted = await grant(options, route, roomId)
  if (!canManageLinks(granted.role)) throw new ApiError(403, "Only the room's owner can do this")
  return granted
}

function allow(method: string, methods: string[]): void {
  if (!methods.includes(method)) throw new ApiError(405, `Use ${methods.join(' or ')} here`)
}

function isAdmin(request: IncomingMessage, adminToken: string): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1] ?? ''
  const [a, b] = [crypto.createHash('sha256').update(presented).digest(), crypto.createHash('sha256').update(adminToken).digest()]
  return crypto.timingSafeEqual(a, b)
}
