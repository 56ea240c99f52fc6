import { Panel, useOnSelectionChange, useOnViewportChange, useReactFlow, useStore as useFlowStore } from '@xyflow/react'
import { type ReactNode, useCallback, useEffect, useMemo } from 'react'
import { createPortal } from 'react-dom'
import type { PresenceStore } from './PresenceStore'
import { useRoomCollab } from './RoomCollab'
import { useStore } from './useStore'
import './presence.css'

/**
 * The map's side of presence, mounted inside React Flow: publishes this person's pointer,
 * selection and viewport (at most once per frame), shows others' pointers and selections, and
 * follows someone's viewport until this person pans or zooms.
 */
export function MapPresence() {
  const collab = useRoomCollab()
  if (!collab) return null
  return <MapPresenceInner presence={collab.presence} />
}

function MapPresenceInner({ presence }: { presence: PresenceStore }) {
  const { screenToFlowPosition, setViewport, getViewport } = useReactFlow()
  const domNode = useFlowStore((state) => state.domNode)

  useEffect(() => {
    if (!domNode) return
    const onMove = (event: PointerEvent) => {
      const { x, y } = screenToFlowPosition({ x: event.clientX, y: event.clientY })
      presence.publish({ mapPointer: { x: Math.round(x), y: Math.round(y) } })
    }
    const onLeave = () => presence.publish({ mapPointer: null })
    // Panning or zooming oneself ends following.
    const onOwnMove = (event: Event) => {
      if (event.type === 'wheel' || (event.target as Element).closest('.react-flow__pane')) presence.follow(null)
    }
    domNode.addEventListener('pointermove', onMove)
    domNode.addEventListener('pointerleave', onLeave)
    domNode.addEventListener('pointerdown', onOwnMove)
    domNode.addEventListener('wheel', onOwnMove, { passive: true })
    presence.publish({ mapViewport: getViewport() })
    return () => {
      domNode.removeEventListener('pointermove', onMove)
      domNode.removeEventListener('pointerleave', onLeave)
      domNode.removeEventListener('pointerdown', onOwnMove)
      domNode.removeEventListener('wheel', onOwnMove)
    }
  }, [domNode, presence, screenToFlowPosition, getViewport])

  useOnSelectionChange({ onChange: useCallback(({ nodes }: { nodes: { id: string }[] }) => presence.publish({ mapSelection: nodes.map((node) => node.id) }), [presence]) })
  useOnViewportChange({ onChange: useCallback((viewport: { x: number; y: number; zoom: number }) => presence.publish({ mapViewport: viewport }), [presence]) })

  useEffect(() => {
    let last: unknown = null
    const followViewport = () => {
      const viewport = presence.followedViewport()
      if (!viewport || viewport === last) return
      last = viewport
      void setViewport(viewport)
    }
    followViewport()
    return presence.subscribe(followViewport)
  }, [presence, setViewport])

  return (
    <>
      <InViewport>
        <RemotePointers presence={presence} />
      </InViewport>
      <RemoteSelections presence={presence} />
      <FollowChip presence={presence} />
    </>
  )
}

/**
 * React Flow's ViewportPortal, with the portal element looked up once: its own store selector
 * runs `querySelector` over the whole canvas on every store change (each drag, pan or remote
 * move frame).
 */
function InViewport({ children }: { children: ReactNode }) {
  const domNode = useFlowStore((state) => state.domNode)
  const target = useMemo(() => domNode?.querySelector('.react-flow__viewport-portal') ?? null, [domNode])
  return target ? createPortal(children, target) : null
}

function RemotePointers({ presence }: { presence: PresenceStore }) {
  const peers = useStore(presence, presence.getPeers)
  const zoom = useFlowStore((state) => state.transform[2])
  return peers.map((peer) =>
    peer.pointer ? (
      <div
        key={peer.clientId}
        className="map-pointer"
        style={{ transform: `translate(${peer.pointer.x}px, ${peer.pointer.y}px) scale(${1 / zoom})`, color: peer.color }}
        data-testid="map-pointer"
        data-user-id={peer.userId}
      >
        <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
          <path d="M1 1 L1 16 L5 12 L8 19 L11 18 L8 11 L14 11 Z" fill="currentColor" stroke="#fff" strokeWidth="1.2" />
        </svg>
        <span className="map-pointer-label" style={{ background: peer.color }}>
          {peer.name}
        </span>
      </div>
    ) : null,
  )
}

/** Others' selected nodes get an outline in their colour: one CSS rule, no node re-renders. */
function RemoteSelections({ presence }: { presence: PresenceStore }) {
  const css = useStore(presence, () => selectionRules(presence))
  return <style>{css}</style>
}

function selectionRules(presence: PresenceStore): string {
  const rules: string[] = []
  for (const peer of presence.getPeers()) {
    if (peer.selection.length === 0) continue
    const selectors = peer.selection.map((id) => `.argument-node[data-node-id="${CSS.escape(id)}"]`).join(',')
    rules.push(`:is(${selectors}){outline:2.5px solid ${peer.color};outline-offset:3px;}`)
  }
  return rules.join('\n')
}

function FollowChip({ presence }: { presence: PresenceStore }) {
  const following = useStore(presence, presence.getFollowing)
  const person = useStore(presence, presence.getPeople).find((candidate) => candidate.userId === following)
  if (!following || !person) return null
  return (
    <Panel position="bottom-center">
      <div className="follow-chip" data-testid="follow-chip" style={{ borderColor: person.color }}>
        <span className="identity-dot" style={{ background: person.color }} aria-hidden="true" />
        Following {person.name}
        <button type="button" onClick={() => presence.follow(null)} data-testid="follow-stop">
          Stop
        </button>
      </div>
    </Panel>
  )
}
