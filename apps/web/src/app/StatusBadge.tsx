import { useLayoutEffect, useRef } from 'react'
import type { RoomSession } from '../session/RoomSession'
import { LatestAfterPaint } from '../session/LatestAfterPaint'
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
    const write = (status: SyncStatus) => {
      const element = badge.current
      if (!element || !label.current) return
      element.className = `status-badge status-${status.state}`
      element.dataset.status = status.state
      element.dataset.waiting = String(status.waiting)
      element.title = explanations[status.state] ?? ''
      const text = syncStatusLabel(status)
      if (label.current.textContent !== text) label.current.textContent = text
    }
    // After the frame that shows the change: "Saving…" in the same frame had the browser lay out
    // the page from the root and paint the header again before a new node could be shown.
    const shown = new LatestAfterPaint(write)
    let first = true
    const settled = new SettledStatus((status) => (first ? write(status) : shown.set(status)))
    settled.update(session.getSnapshot())
    first = false
    const unsubscribe = session.subscribe(() => settled.update(session.getSnapshot()))
    return () => {
      unsubscribe()
      settled.dispose()
      shown.cancel()
    }
  }, [session])
  return (
    <span ref={badge} className="status-badge" role="status" aria-live="polite" data-testid="sync-status">
      <span className="status-dot" aria-hidden="true" />
      <span ref={label} />
    </span>
  )
}
