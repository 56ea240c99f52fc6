import { type RoomAccess, isRole } from '@warrant/model'
import type { AccessCheck } from './AccessCheck'

/** Asks the server what `token` lets its holder do in the room (`GET /api/rooms/<id>/access`). */
export async function fetchRoomAccess(roomId: string, token: string, signal?: AbortSignal): Promise<AccessCheck> {
  let response: Response
  try {
    response = await fetch(`/api/rooms/${encodeURIComponent(roomId)}/access`, {
      headers: { Authorization: `Bearer ${token}` },
      cache: 'no-store',
      ...(signal ? { signal } : {}),
    })
  } catch (error) {
    if (signal?.aborted) throw error
    return { state: 'unreachable', detail: 'The server cannot be reached.' }
  }
  const body: unknown = await response.json().catch(() => null)
  const detail = errorText(body)
  if (response.ok) {
    const access = parseAccess(body)
    return access ? { state: 'granted', access, token, offline: false } : { state: 'unreachable', detail: 'The server answered something unexpected.' }
  }
  switch (response.status) {
    case 401:
      return { state: 'refused', problem: detail && /expire/i.test(detail) ? 'expired' : 'invalid', detail }
    case 403:
      return { state: 'refused', problem: 'revoked', detail }
    case 404:
      return { state: 'refused', problem: 'noRoom', detail }
    default:
      return { state: 'unreachable', detail: detail ?? `The server answered ${response.status}.` }
  }
}

function errorText(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null
  const { error } = body as Record<string, unknown>
  return typeof error === 'string' && error ? error : null
}

function parseAccess(body: unknown): RoomAccess | null {
  if (typeof body !== 'object' || body === null) return null
  const { room, role, title, epoch, linkId } = body as Record<string, unknown>
  if (typeof room !== 'string' || !isRole(role)) return null
  return {
    room,
    role,
    title: typeof title === 'string' ? title : '',
    epoch: typeof epoch === 'string' ? epoch : String(epoch ?? ''),
    linkId: typeof linkId === 'string' ? linkId : '',
  }
}
