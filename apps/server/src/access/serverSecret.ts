import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Shorter secrets make HS256 tokens guessable offline. */
export const minSecretLength = 32

const ownerOnly = 0o600

/**
 * The key that signs room tokens: `configured` (env `WARRANT_SECRET`) when given, else a random
 * secret created once in `<dataDir>/secret`. The file must stay owner-only: anyone who reads it
 * can mint owner links for every room, so a wider mode found on start is narrowed again.
 */
export function loadServerSecret(dataDir: string, configured?: string): Uint8Array {
  if (configured !== undefined && configured !== '') {
    if (configured.length < minSecretLength) {
      throw new Error(`WARRANT_SECRET must be at least ${minSecretLength} characters`)
    }
    return new TextEncoder().encode(configured)
  }
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, 'secret')
  try {
    // `wx`: never overwrite a secret another process just created (that would void its links).
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url') + '\n', { mode: ownerOnly, flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  if ((fs.statSync(file).mode & 0o777) !== ownerOnly) {
    console.warn(`[access] ${file} was readable by others; restricting it to its owner (0600)`)
    fs.chmodSync(file, ownerOnly)
  }
  const secret = fs.readFileSync(file, 'utf8').trim()
  if (secret.length < minSecretLength) throw new Error(`${file} holds a secret shorter than ${minSecretLength} characters`)
  return new TextEncoder().encode(secret)
}
