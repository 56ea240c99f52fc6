import { useState } from 'react'
import { ShareDialog } from './ShareDialog'

/** The owner's "Share" button in the room header, and the dialog it opens. */
export function ShareButton({ roomId, token, ownLinkId }: { roomId: string; token: string; ownLinkId: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="share-button" data-testid="share-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Share
      </button>
      {open && <ShareDialog roomId={roomId} token={token} ownLinkId={ownLinkId} onClose={() => setOpen(false)} />}
    </>
  )
}
