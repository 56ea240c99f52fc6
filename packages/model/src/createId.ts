const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

/**
 * A random URL-safe id. crypto.getRandomValues works in Node and in every browser context,
 * unlike crypto.randomUUID, which needs a secure origin.
 */
export function createId(length = 16): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length))
  let id = ''
  for (const byte of bytes) id += alphabet[byte & 63]
  return id
}
