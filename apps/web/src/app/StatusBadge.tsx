import { useLayoutEffect, useRef } from 'react'
import type { RoomSession } from '../session/RoomSession'
import { SettledStatus } from '../session/SettledStatus'
import { type SyncStatus, syncStatusLabel } from '../session/SyncStatus'

const explanations: Record<string, string> = {
  'saved-locally': 'Stored in this browser; the server has not confirmed it yet.',
  offline: 'Your changes are kept in this browser and sent when the connection returns.',
  saved: 'The server has stored every change.',
}

/**
 * The room's save status, settled so that a burst of typing or a drag reads "Saving…" once and
 * "Saved" once (SettledStatus). It writes its element directly instead of through React: a React
 * commit while the reader has focus restores the selection by walking the editor's DOM up to the
 * caret, which on a long reading was a fifth of a keystroke's script time.
 */
export function StatusBadge({ session }: { session: RoomSession }) {
  const badge = useRef<HTMLSpanElement>(null)
  const label = useRef<HTMLSpanElement>(null)
  useLayoutEffect(() => {
    const show = (status: SyncStatus) => {
      const element = badge.current
      if (!element || !label.current) return
      element.className = `status-badge status-${status.state}`
      element.dataset.status = status.state
      element.dataset.waiting = String(status.waiting)
      element.title = explanations[status.state] ?? ''
      const text = syncStatusLabel(status)
      if (label.current.textContent !== text) label.current.textContent = text
    }
    const settled = new SettledStatus(show)
    settled.update(session.getSnapshot())
    const unsubscribe = session.subscribe(() => settled.update(session.getSnapshot()))
    return () => {
      unsubscribe()
      settled.dispose()
    }
  }, [session])
  return (
    <span ref={badge} className="status-badge" role="status" aria-live="polite" data-testid="sync-status">
      <span className="status-dot" aria-hidden="true" />
      <span ref={label} />
    </span>
  )
}
