import { useEffect, useRef } from 'react'
import type { AccessEnded } from '../session/RoomSession'
import { accessEndedMessage } from './accessMessages'
import './access.css'

/** Blocks the room once the server has ended this person's access, and says why. */
export function AccessEndedNotice({ ended }: { ended: AccessEnded }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])
  const { title, body } = accessEndedMessage(ended.code)
  return (
    <dialog
      ref={dialog}
      className="access-ended"
      aria-labelledby="access-ended-title"
      data-testid="access-ended"
      data-code={ended.code}
      // Escape must not dismiss it: the room is closed for this person.
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id="access-ended-title">{title}</h2>
      <p>{body}</p>
      {ended.reason && <p className="access-detail">The server said: {ended.reason}</p>}
      <p className="access-actions">
        <a href="/" className="button-primary">
          Go to the home page
        </a>
      </p>
    </dialog>
  )
}
