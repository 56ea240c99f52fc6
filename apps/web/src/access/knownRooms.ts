import { type Role, isRole } from '@warrant/model'

/** What this browser remembers about a room it has opened: its link's token, and for the home page and offline starts, the rest. */
export interface KnownRoom {
  id: string
  token: string
  role: Role | null
  title: string
  epoch: string | null
  /** Epoch milliseconds of the last time this browser opened it. */
  lastOpened: number
  /** The four links the room was created with, kept by its owner for the Share dialog (even offline). */
  links?: Partial<Record<Role, string>>
}

const storageKey = 'warrant.rooms'

function readAll(): Record<string, KnownRoom> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}')
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {}
    const rooms: Record<string, KnownRoom> = {}
    for (const [id, value] of Object.entries(stored as Record<string, unknown>)) {
      const room = parseKnownRoom(id, value)
      if (room) rooms[id] = room
    }
    return rooms
  } catch {
    return {}
  }
}

function parseKnownRoom(id: string, value: unknown): KnownRoom | null {
  if (typeof value !== 'object' || value === null) return null
  const { token, role, title, epoch, lastOpened, links } = value as Record<string, unknown>
  if (typeof token !== 'string' || !token) return null
  return {
    id,
    token,
    role: isRole(role) ? role : null,
    title: typeof title === 'string' ? title : '',
    epoch: typeof epoch === 'string' ? epoch : null,
    lastOpened: typeof lastOpened === 'number' ? lastOpened : 0,
    ...(typeof links === 'object' && links !== null ? { links: pickLinks(links as Record<string, unknown>) } : {}),
  }
}

function pickLinks(links: Record<string, unknown>): Partial<Record<Role, string>> {
  const picked: Partial<Record<Role, string>> = {}
  for (const [role, url] of Object.entries(links)) if (isRole(role) && typeof url === 'string') picked[role] = url
  return picked
}

function writeAll(rooms: Record<string, KnownRoom>): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(rooms))
  } catch {
    // Private mode or a full quota: the room still opens, it is just not remembered.
  }
}

export function knownRoom(id: string): KnownRoom | null {
  return readAll()[id] ?? null
}

/** Rooms this browser has opened, the most recent first. */
export function knownRooms(): KnownRoom[] {
  return Object.values(readAll()).sort((a, b) => b.lastOpened - a.lastOpened)
}

/** Stores or updates what this browser knows about a room; a room needs a token to be remembered. */
export function rememberRoom(id: string, update: Partial<Omit<KnownRoom, 'id'>>): void {
  const rooms = readAll()
  const previous = rooms[id]
  const token = update.token ?? previous?.token
  if (!token) return
  rooms[id] = { id, role: null, title: '', epoch: null, lastOpened: 0, ...previous, ...update, token }
  writeAll(rooms)
}

export function forgetRoom(id: string): void {
  const rooms = readAll()
  delete rooms[id]
  writeAll(rooms)
}
