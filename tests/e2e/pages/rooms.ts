import { randomBytes } from 'node:crypto'

/** A room id nobody has used: the server creates rooms on first connection, empty. */
export function freshRoomId(): string {
  return `e2e-${randomBytes(6).toString('hex')}`
}

export function roomPath(roomId: string): string {
  return `/r/${roomId}`
}
