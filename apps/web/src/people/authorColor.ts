import { colorForId } from '../presence/personColors'
import type { PresenceStore } from '../presence/PresenceStore'

/** An author's colour: the one they chose if this page has seen them in the room, else a stable one from their id. */
export function authorColor(presence: PresenceStore, authorId: string): string {
  return presence.colorOf(authorId) ?? colorForId(authorId)
}
