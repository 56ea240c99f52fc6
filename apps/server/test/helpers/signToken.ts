import { SignJWT } from 'jose'

/** Every in-process test server signs with this, so tests can forge tokens around it. */
export const testSecret = 'test-secret-0123456789-abcdefghijklmnop'

/** A token with arbitrary claims, signed with `secret` (a wrong one for forgery tests). */
export function signToken(claims: Record<string, unknown>, secret = testSecret): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(secret))
}
