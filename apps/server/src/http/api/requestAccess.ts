import type { IncomingMessage } from 'node:http'
import { roomTokenParam } from '@warrant/model'

/** The room token of an API request: `Authorization: Bearer <token>`, else `?token=`. */
export function requestToken(request: IncomingMessage, url: URL): string | null {
  const header = request.headers.authorization
  const bearer = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1]
  return bearer ?? url.searchParams.get(roomTokenParam)
}

const hostPattern = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/

/**
 * The origin room links start with: `publicUrl` (env WARRANT_PUBLIC_URL) when set, else the
 * Host the client used (plain http), else the address the server listens on.
 */
export function requestOrigin(request: IncomingMessage, publicUrl: string | undefined, listening: string): string {
  if (publicUrl !== undefined && publicUrl !== '') return publicUrl.replace(/\/+$/, '')
  const host = request.headers.host
  return host !== undefined && hostPattern.test(host) ? `http://${host}` : listening
}
