import type { RoomAccess } from '@warrant/model'

/** Why a room cannot be opened with the token at hand. */
export type AccessProblemKind = 'noToken' | 'invalid' | 'expired' | 'revoked' | 'noRoom'

export type AccessCheck =
  | { state: 'granted'; access: RoomAccess; token: string; offline: boolean }
  | { state: 'refused'; problem: AccessProblemKind; detail: string | null }
  | { state: 'unreachable'; detail: string }
