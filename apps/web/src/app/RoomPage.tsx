import { useState } from 'react'
import { FocusStore } from '../focus/FocusStore'
import { MapView } from '../map/MapView'
import { getRoomSession } from '../session/getRoomSession'
import { Reader } from '../reader/Reader'
import { StatusBadge } from './StatusBadge'
import { useRoomTitle } from './useRoomTitle'

export function RoomPage({ roomId }: { roomId: string }) {
  const session = getRoomSession(roomId)
  const [focus] = useState(() => new FocusStore())
  const title = useRoomTitle(session)
  return (
    <div className="room-page">
      <header className="app-header">
        <a className="app-name" href="/">
          Warrant
        </a>
        <div className="room-heading">
          <h1 className="room-title">{title ?? roomId}</h1>
          {title && <span className="room-id">room {roomId}</span>}
        </div>
        <span className="user-name" title="Your name in this room">
          {session.user.name}
        </span>
        <StatusBadge session={session} />
      </header>
      <main className="split">
        <section className="pane reader-pane" aria-label="Reader">
          <Reader session={session} focus={focus} />
        </section>
        <section className="pane map-pane" aria-label="Argument map">
          <MapView session={session} focus={focus} />
        </section>
      </main>
    </div>
  )
}
