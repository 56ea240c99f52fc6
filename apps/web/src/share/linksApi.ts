import { type RoomLink, isRole } from '@warrant/model'

/** The owner's link management: `GET|POST /api/rooms/<id>/links`, `DELETE /api/rooms/<id>/links/<linkId>`. */
export async function listLinks(roomId: string, token: string): Promise<RoomLink[]> {
  const body = await call('GET', linksPath(roomId), token)
  const links = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).links : null
  if (!Array.isArray(links)) throw new Error('The server answered something unexpected.')
  return links.map(parseLink).filter((link): link is RoomLink => link !== null)
}

export async function createLink(roomId: string, token: string, role: RoomLink['role']): Promise<RoomLink> {
  const link = parseLink(await call('POST', linksPath(roomId), token, { role }))
  if (!link) throw new Error('The server answered something unexpected.')
  return link
}

export async function revokeLink(roomId: string, token: string, linkId: string): Promise<void> {
  await call('DELETE', `${linksPath(roomId)}/${encodeURIComponent(linkId)}`, token)
}

const linksPath = (roomId: string) => `/api/rooms/${encodeURIComponent(roomId)}/links`

async function call(method: string, path: string, token: string, body?: unknown): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(path, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      cache: 'no-store',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  } catch {
    throw new Error('The server cannot be reached.')
  }
  const answer: unknown = response.status === 204 ? null : await response.json().catch(() => null)
  if (!response.ok) {
    const error = typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>).error : null
    throw new Error(typeof error === 'string' && error ? error : `The server answered ${response.status}.`)
  }
  return answer
}

function parseLink(value: unknown): RoomLink | null {
  if (typeof value !== 'object' || value === null) return null
  const { id, role, url, createdAt, revokedAt } = value as Record<string, unknown>
  if (typeof id !== 'string' || !isRole(role) || typeof url !== 'string') return null
  return { id, role, url, createdAt: typeof createdAt === 'string' ? createdAt : '', revokedAt: typeof revokedAt === 'string' ? revokedAt : null }
}
