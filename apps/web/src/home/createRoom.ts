import { type CreatedRoom, isRole } from '@warrant/model'

/**
 * `POST /api/rooms`: a room seeded on the server with the text — or with a reading file, which
 * the server parses again itself (it keeps the file's formatting) — and its four links.
 */
export async function createRoom(title: string, content: string | File): Promise<CreatedRoom> {
  let response: Response
  try {
    if (typeof content === 'string') {
      response = await fetch('/api/rooms', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title, text: content }) })
    } else {
      const form = new FormData()
      form.set('title', title)
      form.set('file', content)
      response = await fetch('/api/rooms', { method: 'POST', body: form })
    }
  } catch {
    throw new Error('The server cannot be reached. Check your connection and try again.')
  }
  const body: unknown = await response.json().catch(() => null)
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  if (!response.ok) {
    throw new Error(typeof fields.error === 'string' && fields.error ? fields.error : `The server answered ${response.status}.`)
  }
  const links = typeof fields.links === 'object' && fields.links !== null ? (fields.links as Record<string, unknown>) : {}
  if (typeof fields.id !== 'string' || typeof links.owner !== 'string') throw new Error('The server answered something unexpected.')
  const picked = Object.fromEntries(Object.entries(links).filter(([role, url]) => isRole(role) && typeof url === 'string')) as CreatedRoom['links']
  return { id: fields.id, epoch: typeof fields.epoch === 'string' ? fields.epoch : String(fields.epoch ?? ''), links: picked }
}
