import { Suspense, lazy, useState } from 'react'

const ShareDialog = lazy(() => import('./ShareDialog').then((module) => ({ default: module.ShareDialog })))

/** The owner's "Share" button in the room header, and the dialog it opens. */
export function ShareButton({ roomId, token, ownLinkId }: { roomId: string; token: string; ownLinkId: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="share-button" data-testid="share-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Share
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog roomId={roomId} token={token} ownLinkId={ownLinkId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
