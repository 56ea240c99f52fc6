import { type Contribution, contributions } from '@warrant/model'
import { useMemo, useSyncExternalStore } from 'react'
import { initialsOf } from '../presence/personColors'
import { useRoomCollab } from '../presence/RoomCollab'
import { useStore } from '../presence/useStore'
import { authorColor } from './authorColor'
import './people.css'

/**
 * Everyone who contributed to the map, and who is online, with counts per person; ticking
 * people shows only their work (others' nodes dimmed, their highlights hidden), and
 * "Colour by author" colours nodes and highlights by person instead of kind.
 */
export function PeoplePanel() {
  const collab = useRoomCollab()
  const open = useStore(collab?.people ?? { subscribe: () => () => {} }, () => collab?.people.get().open ?? false)
  if (!collab || !open) return null
  return <PeoplePanelInner collab={collab} />
}

function PeoplePanelInner({ collab }: { collab: NonNullable<ReturnType<typeof useRoomCollab>> }) {
  const { session, presence, people } = collab
  const { room } = session
  const snapshot = useSyncExternalStore(room.subscribe, room.getSnapshot)
  const comments = useSyncExternalStore(room.subscribe, room.getComments)
  const online = useStore(presence, presence.getPeople)
  const filter = useStore(people, people.get)
  const rows = useMemo(() => {
    const counted = contributions(snapshot, comments.comments.values())
    const known = new Set(counted.map((row) => row.author.id))
    const onlineOnly: Contribution[] = online.filter((person) => !known.has(person.userId)).map((person) => ({ author: { id: person.userId, name: person.name }, highlights: 0, nodes: 0, links: 0, comments: 0 }))
    return [...counted, ...onlineOnly]
  }, [snapshot, comments, online])
  const onlineIds = new Set(online.map((person) => person.userId))
  return (
    <aside className="people-panel" aria-label="People" data-testid="people-panel">
      <header className="side-panel-head">
        <h2>People</h2>
        <button type="button" className="side-panel-close" aria-label="Close people" onClick={() => people.setOpen(false)}>
          ×
        </button>
      </header>
      <label className="people-toggle">
        <input type="checkbox" checked={filter.colourByAuthor} onChange={(event) => people.setColourByAuthor(event.target.checked)} data-testid="colour-by-author" />
        Colour by author
      </label>
      <p className="people-hint">{filter.selected.size > 0 ? 'Showing only the ticked people’s work: others’ nodes are dimmed, their highlights hidden.' : 'Tick people to show only their work.'}</p>
      <table className="people-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Show</span>
            </th>
            <th scope="col">Person</th>
            <th scope="col" title="Highlights">Hl</th>
            <th scope="col" title="Nodes">Nodes</th>
            <th scope="col" title="Links">Links</th>
            <th scope="col" title="Comments">Cmts</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const color = authorColor(presence, row.author.id)
            return (
              <tr key={row.author.id} data-testid="people-row" data-user-id={row.author.id}>
                <td>
                  <input type="checkbox" checked={filter.selected.has(row.author.id)} onChange={() => people.toggle(row.author.id)} aria-label={`Show only ${row.author.name}’s work`} data-testid="people-filter" />
                </td>
                <td className="people-name">
                  <span className="people-avatar" style={{ background: color }} aria-hidden="true">
                    {initialsOf(row.author.name)}
                  </span>
                  <span className="people-name-text">{row.author.name}</span>
                  {onlineIds.has(row.author.id) && <span className="people-online" title="In the room now" aria-label="online" />}
                </td>
                <td data-testid="people-highlights">{row.highlights}</td>
                <td data-testid="people-nodes">{row.nodes}</td>
                <td data-testid="people-links">{row.links}</td>
                <td data-testid="people-comments">{row.comments}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {filter.selected.size > 0 && (
        <button type="button" className="people-clear" onClick={() => people.clear()}>
          Show everyone
        </button>
      )}
    </aside>
  )
}
