import { useCallback, useEffect, useState } from 'react'
import type { AccessCheck } from './AccessCheck'
import { fetchRoomAccess } from './fetchRoomAccess'
import { knownRoom, rememberRoom } from './knownRooms'
import { startedRoomAccess } from './startRoomAccess'
import { takeRoomToken } from './takeRoomToken'

export type RoomAccessState = AccessCheck | { state: 'checking' }

/**
 * Checks the room's token with the server before anything connects. When the server cannot be
 * reached, a room this browser opened before opens with the role it had then (the server still
 * checks the token when the connection comes back).
 */
export function useRoomAccess(roomId: string): { check: RoomAccessState; retry: () => void } {
  const [token] = useState(() => takeRoomToken(roomId))
  const [attempt, setAttempt] = useState(0)
  const [check, setCheck] = useState<RoomAccessState>(() =>
    token ? { state: 'checking' } : { state: 'refused', problem: 'noToken', detail: null },
  )
  useEffect(() => {
    if (!token) return
    const abort = new AbortController()
    const check = (attempt === 0 && startedRoomAccess(roomId, token)) || fetchRoomAccess(roomId, token, abort.signal)
    check.then(
      (result) => {
        if (abort.signal.aborted) return
        setCheck(result.state === 'unreachable' ? (fromLastVisit(roomId, token) ?? result) : result)
        if (result.state === 'granted') {
          const { role, title, epoch } = result.access
          rememberRoom(roomId, { token, role, title, epoch, lastOpened: Date.now() })
        }
      },
      () => {},
    )
    return () => abort.abort()
  }, [roomId, token, attempt])
  const retry = useCallback(() => {
    setCheck({ state: 'checking' })
    setAttempt((count) => count + 1)
  }, [])
  return { check, retry }
}

function fromLastVisit(roomId: string, token: string): AccessCheck | null {
  const known = knownRoom(roomId)
  if (!known || known.token !== token || !known.role || known.epoch === null) return null
  rememberRoom(roomId, { lastOpened: Date.now() })
  return { state: 'granted', token, offline: true, access: { room: roomId, role: known.role, title: known.title, epoch: known.epoch, linkId: '' } }
}
