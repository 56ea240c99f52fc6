import { Suspense, lazy, useState } from 'react'
import { type RoomAccess, canManageLinks, canWrite } from '@warrant/model'
import { AccessEndedNotice } from '../access/AccessEndedNotice'
import { AccessProblem } from '../access/AccessProblem'
import { ReadOnlyBanner } from '../access/ReadOnlyBanner'
import { RoleChip } from '../access/RoleChip'
import { RoomUnreachable } from '../access/RoomUnreachable'
import { useAccessEnded } from '../access/useAccessEnded'
import { useAccessRecheck } from '../access/useAccessRecheck'
import { useRoomAccess } from '../access/useRoomAccess'
import { FocusStore } from '../focus/FocusStore'
import { getRoomSession } from '../session/getRoomSession'
import { Reader } from '../reader/Reader'
import { ShareButton } from '../share/ShareButton'
import { UndoButtons } from '../undo/UndoButtons'
import { useUndoShortcuts } from '../undo/useUndoShortcuts'
import { ChunkBoundary } from './ChunkBoundary'
import { EpochNotice } from './EpochNotice'
import { loadMapView } from './loadMapView'
import { PeopleButton } from '../people/PeopleButton'
import { PeopleStyles } from '../people/PeopleStyles'
import { IdentityButton } from '../presence/IdentityButton'
import { PresenceBar } from '../presence/PresenceBar'
import { RoomCollabProvider } from '../presence/RoomCollabProvider'
import { StatusBadge } from './StatusBadge'
import { useRoomTitle } from './useRoomTitle'
import { EvaluationStore } from '../map/evaluate/EvaluationStore'
import { ViewSwitch } from '../outline/ViewSwitch'
import { useRoomView } from '../outline/useRoomView'
import { LiveRegion } from '../keyboard/LiveRegion'
import { useGlobalKeys } from '../keyboard/useGlobalKeys'
import { useMapAnnouncements } from '../keyboard/useMapAnnouncements'

// The map (React Flow) is its own chunk, fetched from the start in parallel with the reader, which
// shows its text without waiting for it (see loadMapView).
const MapView = lazy(() => loadMapView().then((module) => ({ default: module.MapView })))
// Panels and views a person opens later load after the room shows: the first paint needs only
// the reader, the map and the header.
const CommentPanel = lazy(() => import('../comments/CommentPanel').then((module) => ({ default: module.CommentPanel })))
const PeoplePanel = lazy(() => import('../people/PeoplePanel').then((module) => ({ default: module.PeoplePanel })))
const OutlineView = lazy(() => import('../outline/OutlineView').then((module) => ({ default: module.OutlineView })))
const ShortcutsSheet = lazy(() => import('../keyboard/ShortcutsSheet').then((module) => ({ default: module.ShortcutsSheet })))

/** A room: its token is checked with the server first, then it opens with the role the token grants. */
export function RoomPage({ roomId }: { roomId: string }) {
  const { check, retry } = useRoomAccess(roomId)
  switch (check.state) {
    case 'checking':
      return <div className="access-checking" aria-busy="true" data-testid="access-checking" />
    case 'refused':
      return <AccessProblem problem={check.problem} detail={check.detail} />
    case 'unreachable':
      return <RoomUnreachable detail={check.detail} onRetry={retry} />
    case 'granted':
      return <OpenRoom roomId={roomId} access={check.access} token={check.token} />
  }
}

function OpenRoom({ roomId, access, token }: { roomId: string; access: RoomAccess; token: string }) {
  const session = getRoomSession(roomId, { token, role: access.role, epoch: access.epoch })
  const [focus] = useState(() => new FocusStore())
  const title = useRoomTitle(session) ?? (access.title || null)
  const ended = useAccessEnded(session)
  useAccessRecheck(session, roomId, token)
  // Viewers change nothing, so they have nothing to undo.
  const canEditMap = canWrite(session.role, 'map')
  useUndoShortcuts(session.mapUndo, canEditMap)
  // One Evaluate switch for the room: the map's badges and the outline's labels read it.
  const [evaluation] = useState(() => new EvaluationStore(session.room))
  const [view, setView] = useRoomView()
  const [shortcutsOpen, setShortcutsOpen] = useGlobalKeys()
  useMapAnnouncements(session.room)
  return (
    <RoomCollabProvider session={session}>
    <div className="room-page" data-role={session.role}>
      <header className="app-header">
        <a className="app-name" href="/">
          Warrant
        </a>
        <div className="room-heading">
          <h1 className="room-title">{title ?? roomId}</h1>
          {title && <span className="room-id">room {roomId}</span>}
        </div>
        <div className="header-tools" role="toolbar" aria-label="Room" data-testid="header-toolbar">
        <RoleChip role={session.role} />
        <PresenceBar />
        <ViewSwitch view={view} onChange={setView} />
        <PeopleButton />
        <IdentityButton />
        {canManageLinks(session.role) && <ShareButton roomId={roomId} token={token} ownLinkId={access.linkId} />}
        {canEditMap && <UndoButtons undo={session.mapUndo} />}
        <button type="button" className="shortcuts-button" aria-label="Keyboard shortcuts" aria-haspopup="dialog" title="Keyboard shortcuts (?)" data-testid="shortcuts-button" onClick={() => setShortcutsOpen(true)}>
          ?
        </button>
        <StatusBadge session={session} />
        </div>
      </header>
      <ReadOnlyBanner role={session.role} />
      <EpochNotice session={session} />
      <main className={`split view-${view}`}>
        <section className="pane reader-pane" aria-label="Reader">
          <Reader session={session} focus={focus} />
        </section>
        {view !== 'outline' && (
          <section className="pane map-pane" aria-label="Argument map">
            <ChunkBoundary what="map">
              <Suspense fallback={<div className="map-loading" aria-busy="true" data-testid="map-loading" />}>
                <MapView session={session} focus={focus} evaluation={evaluation} />
              </Suspense>
            </ChunkBoundary>
          </section>
        )}
        {view !== 'map' && (
          <section className={`pane outline-pane${view === 'both' ? ' is-beside' : ''}`} aria-label="Outline" data-testid="outline-pane">
            <Suspense fallback={null}>
              <OutlineView session={session} evaluation={evaluation} />
            </Suspense>
          </section>
        )}
        <Suspense fallback={null}>
          <PeoplePanel />
          <CommentPanel />
        </Suspense>
        <PeopleStyles />
      </main>
      {ended && <AccessEndedNotice ended={ended} />}
      {shortcutsOpen && (
        <Suspense fallback={null}>
          <ShortcutsSheet onClose={() => setShortcutsOpen(false)} />
        </Suspense>
      )}
      <LiveRegion />
    </div>
    </RoomCollabProvider>
  )
}
