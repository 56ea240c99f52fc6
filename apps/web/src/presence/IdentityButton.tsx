import { useState } from 'react'
import { IdentityDialog } from './IdentityDialog'
import { useRoomCollab } from './RoomCollab'
import { useStore } from './useStore'

/** This person's name in the header; opens the name and colour dialog, by itself on a first visit. */
export function IdentityButton() {
  const collab = useRoomCollab()
  if (!collab) return null
  return <IdentityButtonInner identity={collab.identity} />
}

function IdentityButtonInner({ identity }: { identity: NonNullable<ReturnType<typeof useRoomCollab>>['identity'] }) {
  const me = useStore(identity, identity.get)
  const [open, setOpen] = useState(() => !identity.get().chosen)
  return (
    <>
      <button type="button" className="identity-button" onClick={() => setOpen(true)} title="Your name and colour in this room" data-testid="identity-button">
        <span className="identity-dot" style={{ background: me.color }} aria-hidden="true" />
        {me.name}
      </button>
      {open && <IdentityDialog identity={identity} onClose={() => setOpen(false)} />}
    </>
  )
}
