import { useEffect } from 'react'
import { accessCloseCodes } from '@warrant/model'
import type { RoomSession } from '../session/RoomSession'
import type { AccessProblemKind } from './AccessCheck'
import { fetchRoomAccess } from './fetchRoomAccess'

const recheckEveryMs = 10_000

const closeCodeOf: Record<AccessProblemKind, number> = {
  noToken: accessCloseCodes.revoked,
  invalid: accessCloseCodes.revoked,
  revoked: accessCloseCodes.revoked,
  expired: accessCloseCodes.expired,
  noRoom: accessCloseCodes.roomGone,
}

/**
 * A link revoked while this page was away is refused at the next upgrade (HTTP 401/403), which the
 * websocket client cannot tell from a network failure. So while the room is offline, ask the
 * access endpoint now and then, and end the session with the reason if the server refuses.
 */
export function useAccessRecheck(session: RoomSession, roomId: string, token: string): void {
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined
    const abort = new AbortController()
    const check = (): void => {
      fetchRoomAccess(roomId, token, abort.signal).then(
        (result) => {
          if (result.state === 'refused') session.endAccess({ code: closeCodeOf[result.problem], reason: result.detail ?? '' })
        },
        () => {},
      )
    }
    const onChange = (): void => {
      const offline = !session.accessEnded && !(session.textProvider.wsconnected && session.mapProvider.wsconnected)
      if (offline && !timer) {
        check()
        timer = setInterval(check, recheckEveryMs)
      } else if (!offline && timer) {
        clearInterval(timer)
        timer = undefined
      }
    }
    const unsubscribe = session.subscribe(onChange)
    onChange()
    return () => {
      unsubscribe()
      clearInterval(timer)
      abort.abort()
    }
  }, [session, roomId, token])
}
