import { RoomSession, type RoomSessionOptions } from './RoomSession'

const sessions = new Map<string, RoomSession>()

/** The one session of a room in this page, created on first use (with these options) and kept until disposed. */
export function getRoomSession(roomId: string, options?: RoomSessionOptions): RoomSession {
  let session = sessions.get(roomId)
  if (!session) {
    session = new RoomSession(roomId, options)
    sessions.set(roomId, session)
  }
  return session
}

export function disposeRoomSession(roomId: string): void {
  sessions.get(roomId)?.dispose()
  sessions.delete(roomId)
}
