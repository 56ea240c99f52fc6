import './presence.css'
import { initialsOf } from './personColors'
import { useRoomCollab } from './RoomCollab'
import { useStore } from './useStore'

/** Avatars of who is in the room; clicking someone else's makes the map follow theirs. */
export function PresenceBar() {
  const collab = useRoomCollab()
  const presence = collab?.presence
  const people = useStore(presence ?? noStore, () => presence?.getPeople() ?? [])
  const following = useStore(presence ?? noStore, () => presence?.getFollowing() ?? null)
  if (!presence) return null
  return (
    <ul className="presence-bar" aria-label="People in this room" data-testid="presence-bar">
      {people.map((person) => (
        <li key={person.userId}>
          <button
            type="button"
            className={`presence-avatar${person.isSelf ? ' is-self' : ''}${following === person.userId ? ' is-followed' : ''}`}
            style={{ background: person.color }}
            title={person.isSelf ? `${person.name} (you)` : following === person.userId ? `Following ${person.name}` : `${person.name} — click to follow on the map`}
            aria-pressed={person.isSelf ? undefined : following === person.userId}
            disabled={person.isSelf}
            data-testid="presence-avatar"
            data-user-id={person.userId}
            onClick={() => presence.follow(following === person.userId ? null : person.userId)}
          >
            {/* The name is read in full; the initials are only drawn (their letters are not a name). */}
            <span aria-hidden="true">{initialsOf(person.name)}</span>
            <span className="visually-hidden">{person.isSelf ? `${person.name} (you)` : `Follow ${person.name}`}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}

const noStore = { subscribe: () => () => {} }
