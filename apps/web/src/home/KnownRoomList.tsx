import { useState } from 'react'
import { roleLabels } from '../access/roleLabels'
import { knownRooms } from '../access/knownRooms'

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** The rooms this browser has opened, the most recent first. */
export function KnownRoomList() {
  const [rooms] = useState(knownRooms)
  return (
    <section className="home-card" aria-labelledby="your-rooms-heading">
      <h2 id="your-rooms-heading">Your rooms</h2>
      {rooms.length === 0 ? (
        <p className="home-hint" data-testid="home-no-rooms">
          Rooms you open in this browser are listed here. Open a link you were sent, or create a room.
        </p>
      ) : (
        <ul className="room-list" data-testid="home-rooms">
          {rooms.map((room) => (
            <li key={room.id}>
              <a className="room-entry" href={`/r/${encodeURIComponent(room.id)}`} data-testid="home-room" data-room-id={room.id}>
                <span className="room-entry-title">{room.title || room.id}</span>
                <span className="room-entry-meta">
                  {room.role && <span className={`role-chip role-${room.role}`}>{roleLabels[room.role]}</span>}
                  {room.lastOpened > 0 && <span>opened {dateFormat.format(room.lastOpened)}</span>}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
