import { useSyncExternalStore } from 'react'
import { announcer } from './announcer'

/** The visually hidden live region that reads out "Node added", "Link added"… */
export function LiveRegion() {
  const message = useSyncExternalStore(announcer.subscribe, announcer.get)
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {message}
    </div>
  )
}
