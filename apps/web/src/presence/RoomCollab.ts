import { createContext, useContext } from 'react'
import type { CommentThreadStore } from '../comments/CommentThreadStore'
import type { PeopleFilterStore } from '../people/PeopleFilterStore'
import type { RoomSession } from '../session/RoomSession'
import type { IdentityStore } from './IdentityStore'
import type { PresenceStore } from './PresenceStore'

/** What the presence, people and comment pieces share in one open room; one stable object. */
export interface RoomCollab {
  readonly session: RoomSession
  readonly identity: IdentityStore
  readonly presence: PresenceStore
  readonly people: PeopleFilterStore
  readonly threads: CommentThreadStore
}

export const RoomCollabContext = createContext<RoomCollab | null>(null)

/** The room's collaboration stores, or null outside a room page (components then render nothing). */
export function useRoomCollab(): RoomCollab | null {
  return useContext(RoomCollabContext)
}
