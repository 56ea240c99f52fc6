import { createHmac } from 'node:crypto'
import { errors, jwtVerify } from 'jose'
import { isRole, type Role } from '@warrant/model'

/** What a room token grants: `jti` is the link id, so revoking the link voids the token. */
export interface RoomClaims {
  room: string
  role: Role
  jti: string
  /** Seconds since the epoch, when the token stops working. */
  exp?: number
}

export type TokenCheck = { ok: true; claims: RoomClaims } | { ok: false; error: string }

const algorithm = 'HS256'

/** base64url of the protected header every room token carries. */
const encodedHeader = Buffer.from(JSON.stringify({ alg: algorithm, typ: 'JWT' })).toString('base64url')

/**
 * An HS256 JWT, byte for byte what jose's SignJWT makes from the same claims (the test holds the
 * two together), but signed here with node:crypto: jose signs through WebCrypto, a thread-pool
 * job per key import and per signature, and a new room signs one link per role.
 * No iat: the same link always signs to the same token, so a listed URL stays copyable.
 */
export async function signRoomToken(secret: Uint8Array, claims: RoomClaims): Promise<string> {
  const payload = { room: claims.room, role: claims.role, jti: claims.jti, ...(claims.exp === undefined ? {} : { exp: claims.exp }) }
  const signingInput = `${encodedHeader}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`
}

/**
 * Tokens this process has verified (or is verifying), per secret: a token's signature and claims
 * never change, so the same string (a user's two docs, opened at once, and every reconnection) is
 * checked once. Only the expiry is re-read at each use. Refusals are not kept. Bounded; the
 * oldest entry goes first.
 */
const verified = new WeakMap<Uint8Array, Map<string, Promise<TokenCheck>>>()
const maxVerified = 2048

/** Signature, algorithm, expiry and claim shapes; says why a token is refused (all are 401s). */
export async function verifyRoomToken(secret: Uint8Array, token: string | null): Promise<TokenCheck> {
  if (token === null || token === '') return { ok: false, error: 'A room token is required' }
  let known = verified.get(secret)
  if (known === undefined) verified.set(secret, (known = new Map()))
  let checking = known.get(token)
  if (checking === undefined) {
    if (known.size >= maxVerified) known.delete(known.keys().next().value!)
    checking = verifyUncached(secret, token)
    known.set(token, checking)
    const cache = known
    const forget = () => {
      if (cache.get(token) === checking) cache.delete(token)
    }
    void checking.then((checked) => checked.ok || forget(), forget)
  }
  const checked = await checking
  // As jose does: expired once `exp` is not after the current second.
  if (checked.ok && checked.claims.exp !== undefined && checked.claims.exp <= Math.floor(Date.now() / 1000)) {
    return { ok: false, error: 'The room token has expired' }
  }
  return checked
}

async function verifyUncached(secret: Uint8Array, token: string): Promise<TokenCheck> {
  let payload: Record<string, unknown>
  try {
    // The algorithm is pinned: a token may not choose how it is checked (`none`, RS/HS confusion).
    ;({ payload } = await jwtVerify(token, secret, { algorithms: [algorithm] }))
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, error: 'The room token has expired' }
    if (error instanceof errors.JWSSignatureVerificationFailed) return { ok: false, error: 'The room token was not signed by this server' }
    return { ok: false, error: 'The room token is malformed' }
  }
  const { room, role, jti, exp } = payload
  if (typeof room !== 'string' || !isRole(role) || typeof jti !== 'string' || jti === '') {
    return { ok: false, error: 'The room token lacks its room, role or link id' }
  }
  return { ok: true, claims: { room, role, jti, ...(typeof exp === 'number' ? { exp } : {}) } }
}
