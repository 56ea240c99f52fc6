import { type ReactNode, useEffect, useState } from 'react'
import { CommentThreadStore } from '../comments/CommentThreadStore'
import { PeopleFilterStore } from '../people/PeopleFilterStore'
import type { RoomSession } from '../session/RoomSession'
import { identityStore } from './IdentityStore'
import { PresenceStore } from './PresenceStore'
import { type RoomCollab, RoomCollabContext } from './RoomCollab'

/** Creates the room's collaboration stores and keeps the room's author and awareness on this person's identity. */
export function RoomCollabProvider({ session, children }: { session: RoomSession; children: ReactNode }) {
  const [value] = useState<RoomCollab>(() => {
    const identity = identityStore()
    identity.applyTo(session)
    return { session, identity, presence: new PresenceStore(session.mapProvider.awareness, () => identity.get().id), people: new PeopleFilterStore(), threads: new CommentThreadStore() }
  })
  useEffect(() => value.identity.subscribe(() => value.identity.applyTo(session)), [value, session])
  return <RoomCollabContext value={value}>{children}</RoomCollabContext>
}
