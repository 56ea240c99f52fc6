import { localUser } from '../session/localUser'
import type { RoomSession } from '../session/RoomSession'
import { type Identity, maxDisplayNameLength } from './Identity'
import { colorForId, isPersonColor } from './personColors'
import { Listeners } from '../focus/Listeners'

/** The same key as localUser: the id and name stay where they were, colour and choice join them. */
const storageKey = 'warrant.user'

function readStored(): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null')
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/**
 * This browser's identity, kept in localStorage, and pushed into the room: the model's author
 * (for new records) and the `user` field of both providers' awareness (presence and carets).
 */
export class IdentityStore {
  private identity: Identity
  private readonly listeners = new Listeners()

  constructor() {
    const user = localUser()
    const stored = readStored()
    this.identity = { id: user.id, name: user.name, color: isPersonColor(stored.color) ? stored.color : colorForId(user.id), chosen: stored.chosen === true }
  }

  subscribe = this.listeners.subscribe

  get = (): Identity => this.identity

  /** Saves a new name and colour (or only marks the prompt as seen when both are unchanged). */
  save(name: string, color: string): void {
    const trimmed = name.trim().slice(0, maxDisplayNameLength)
    this.identity = { ...this.identity, name: trimmed || this.identity.name, color: isPersonColor(color) ? color : this.identity.color, chosen: true }
    try {
      localStorage.setItem(storageKey, JSON.stringify({ ...readStored(), id: this.identity.id, name: this.identity.name, color: this.identity.color, chosen: true }))
    } catch {
      // Storage refused (private mode): the choice lasts for this page.
    }
    this.listeners.notify()
  }

  /** Makes the room write and show this identity. */
  applyTo(session: RoomSession): void {
    const { id, name, color } = this.identity
    session.room.user = { id, name }
    for (const provider of [session.textProvider, session.mapProvider]) provider.awareness.setLocalStateField('user', { id, name, color })
  }
}

let shared: IdentityStore | null = null

/** The one identity of this page. */
export function identityStore(): IdentityStore {
  return (shared ??= new IdentityStore())
}
