import { useCallback, useSyncExternalStore } from 'react'
import { textDocKeys } from '@warrant/model'
import type { RoomSession } from '../session/RoomSession'

/** The reading's title from the text doc's meta, if it has one. */
export function useRoomTitle(session: RoomSession): string | null {
  const meta = session.textDoc.getMap(textDocKeys.meta)
  const subscribe = useCallback(
    (listener: () => void) => {
      meta.observe(listener)
      return () => meta.unobserve(listener)
    },
    [meta],
  )
  return useSyncExternalStore(subscribe, () => {
    const title = meta.get('title')
    return typeof title === 'string' && title.trim() ? title : null
  })
}
