import { useCallback, useEffect, useRef, useState } from 'react'
import type { Role, RoomLink } from '@warrant/model'
import { knownRoom } from '../access/knownRooms'
import { createLink, listLinks, revokeLink } from './linksApi'
import { ShareRoleSection } from './ShareRoleSection'
import './share.css'

export interface ShareDialogProps {
  roomId: string
  token: string
  /** The link this owner opened the room with: revoking it closes their own session too. */
  ownLinkId: string
  onClose: () => void
}

/** The most shared first; the owner's own links last, since they give full control. */
const sharedRoles: readonly Role[] = ['annotator', 'viewer', 'editor', 'owner']

/**
 * The owner's links, by role: copy, revoke, mint a new one. A modal `<dialog>`: the page behind
 * is inert, focus stays inside, Escape closes it. Offline it shows the links the room was created with.
 */
export function ShareDialog({ roomId, token, ownLinkId, onClose }: ShareDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [links, setLinks] = useState<RoomLink[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])

  // Bumped after every change, to load the links again.
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let current = true
    listLinks(roomId, token).then(
      (loaded) => {
        if (!current) return
        setLinks(loaded)
        setProblem(null)
      },
      (error: unknown) => current && setProblem(messageOf(error)),
    )
    return () => {
      current = false
    }
  }, [roomId, token, version])

  const act = useCallback(async (action: () => Promise<unknown>) => {
    setBusy(true)
    try {
      await action()
    } catch (error) {
      setProblem(messageOf(error))
    } finally {
      setBusy(false)
      setVersion((count) => count + 1)
    }
  }, [])
  const onNew = useCallback((role: Role) => act(() => createLink(roomId, token, role)), [act, roomId, token])
  const onRevoke = useCallback((linkId: string) => act(() => revokeLink(roomId, token, linkId)), [act, roomId, token])

  const saved = links ? null : savedLinks(roomId)
  return (
    <dialog ref={dialog} className="share-dialog" aria-modal="true" aria-labelledby="share-title" data-testid="share-dialog" onClose={onClose}>
      <div className="share-head">
        <h2 id="share-title">Share this room</h2>
        <button type="button" className="share-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="share-intro">Whoever opens a link joins the room with that link’s role. Revoking a link closes the room for everyone who uses it.</p>
      {problem && (
        <p className="share-problem" role="alert">
          {links || saved ? problem : `The links cannot be loaded: ${problem}`}
          {!links && saved && ' These are the links the room was created with.'}
        </p>
      )}
      {!links && !saved && !problem && <p className="share-loading">Loading the links…</p>}
      {(links || saved) &&
        sharedRoles.map((role) => (
          <ShareRoleSection
            key={role}
            role={role}
            links={links ? links.filter((link) => link.role === role && !link.revokedAt) : (saved?.[role] ?? [])}
            ownLinkId={ownLinkId}
            busy={busy}
            canChange={links !== null}
            onNew={onNew}
            onRevoke={onRevoke}
          />
        ))}
    </dialog>
  )
}

function savedLinks(roomId: string): Partial<Record<Role, RoomLink[]>> | null {
  const links = knownRoom(roomId)?.links
  if (!links) return null
  const byRole: Partial<Record<Role, RoomLink[]>> = {}
  for (const [role, url] of Object.entries(links) as [Role, string][]) byRole[role] = [{ id: `saved-${role}`, role, url, createdAt: '', revokedAt: null }]
  return byRole
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))
