import { useRoomCollab } from '../presence/RoomCollab'
import { useStore } from '../presence/useStore'

/** Opens and closes the people panel. */
export function PeopleButton() {
  const collab = useRoomCollab()
  const people = collab?.people
  const open = useStore(people ?? { subscribe: () => () => {} }, () => people?.get().open ?? false)
  const filtered = useStore(people ?? { subscribe: () => () => {} }, () => (people?.get().selected.size ?? 0) > 0)
  if (!people) return null
  return (
    <button type="button" className={`people-button${filtered ? ' is-filtered' : ''}`} aria-expanded={open} onClick={() => people.setOpen(!open)} data-testid="people-button">
      People{filtered ? ' · filtered' : ''}
    </button>
  )
}
