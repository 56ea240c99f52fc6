import { type CreatedRoom, type Role, roles } from '@warrant/model'

/** A room the tests can join: its id and a token per role. */
export interface TestRoom {
  room: string
  /** The owner's token (the default for clients that write). */
  token: string
  tokens: Record<Role, string>
  epoch: string
}

export const tokenOf = (link: string): string => new URL(link).searchParams.get('token') ?? ''

/** Creates a room through the API (`POST /api/rooms`), as a browser or script would. */
export async function createRoom(serverUrl: string, id: string, body: { title?: string; text?: string } = {}, headers: Record<string, string> = {}): Promise<TestRoom> {
  const response = await fetch(`${serverUrl}/api/rooms`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ title: body.title ?? `Room ${id}`, text: body.text ?? '', id }),
  })
  if (response.status !== 201) throw new Error(`creating room ${id}: HTTP ${response.status} ${await response.text()}`)
  const created = (await response.json()) as CreatedRoom
  const tokens = Object.fromEntries(roles.map((role) => [role, tokenOf(created.links[role])])) as Record<Role, string>
  return { room: created.id, token: tokens.owner, tokens, epoch: created.epoch }
}

/** `?token=…` (and `&ack=1`) for a raw sync path. */
export const withToken = (path: string, token: string): string => `${path}${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`
