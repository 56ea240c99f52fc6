import { useLayoutEffect, useRef } from 'react'
import type { RoomSession } from '../session/RoomSession'
import { syncStatusLabel } from '../session/SyncStatus'

const explanations: Record<string, string> = {
  'saved-locally': 'Stored in this browser; the server has not confirmed it yet.',
  offline: 'Your changes are kept in this browser and sent when the connection returns.',
  saved: 'The server has stored every change.',
}

/**
 * The room's save status. It flips Saving… → Saved on every keystroke, so it writes its element
 * directly instead of through React: a React commit while the reader has focus restores the
 * selection by walking the editor's DOM up to the caret, which on a long reading was a fifth of
 * a keystroke's script time.
 */
export function StatusBadge({ session }: { session: RoomSession }) {
  const badge = useRef<HTMLSpanElement>(null)
  const label = useRef<HTMLSpanElement>(null)
  useLayoutEffect(() => {
    const show = () => {
      const element = badge.current
      if (!element || !label.current) return
      const status = session.getSnapshot()
      element.className = `status-badge status-${status.state}`
      element.dataset.status = status.state
      element.dataset.waiting = String(status.waiting)
      element.title = explanations[status.state] ?? ''
      const text = syncStatusLabel(status)
      if (label.current.textContent !== text) label.current.textContent = text
    }
    show()
    return session.subscribe(show)
  }, [session])
  return (
    <span ref={badge} className="status-badge" role="status" aria-live="polite" data-testid="sync-status">
      <span className="status-dot" aria-hidden="true" />
      <span ref={label} />
    </span>
  )
}
