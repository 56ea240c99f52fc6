import { SignJWT } from 'jose'
import { expect, test } from 'vitest'
import { type RoomClaims, signRoomToken, verifyRoomToken } from './roomTokens'

const secret = new TextEncoder().encode('a-test-secret-of-at-least-32-bytes!!')

const signedByJose = (claims: RoomClaims): Promise<string> => {
  const jwt = new SignJWT({ room: claims.room, role: claims.role }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setJti(claims.jti)
  if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp)
  return jwt.sign(secret)
}

test('room tokens are the same strings jose signs, and verify', async () => {
  const all: RoomClaims[] = [
    { room: 'seminar-7', role: 'editor', jti: 'lnk_Abc123' },
    { room: 'r', role: 'viewer', jti: 'x', exp: 4_102_444_800 },
    { room: 'ünïcode_-', role: 'owner', jti: 'j"quote' },
  ]
  for (const claims of all) {
    const token = await signRoomToken(secret, claims)
    expect(token).toBe(await signedByJose(claims))
    expect(await verifyRoomToken(secret, token)).toEqual({ ok: true, claims })
  }
})

test('a verified token is refused once it expires, cached or not', async () => {
  // Whole seconds: +2 keeps at least one second between signing and the first check.
  const exp = Math.floor(Date.now() / 1000) + 2
  const token = await signRoomToken(secret, { room: 'r', role: 'editor', jti: 'soon', exp })
  expect((await verifyRoomToken(secret, token)).ok).toBe(true)
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, exp * 1000 - Date.now()) + 1100))
  expect(await verifyRoomToken(secret, token)).toEqual({ ok: false, error: 'The room token has expired' })
})

test('a token is refused under another secret even after it was verified under its own', async () => {
  const token = await signRoomToken(secret, { room: 'r', role: 'editor', jti: 'a' })
  expect((await verifyRoomToken(secret, token)).ok).toBe(true)
  const other = new TextEncoder().encode('another-secret-of-at-least-32-bytes!')
  expect(await verifyRoomToken(other, token)).toEqual({ ok: false, error: 'The room token was not signed by this server' })
})
