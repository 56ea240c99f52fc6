import type { IncomingMessage } from 'node:http'
import { ApiError } from './ApiError'

/** The request body, refused with 413 as soon as it is known to exceed `limit` bytes. */
export async function readBody(request: IncomingMessage, limit: number, what: string): Promise<Buffer> {
  const tooLarge = () => new ApiError(413, `${what} is larger than ${formatBytes(limit)}`)
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) throw tooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.byteLength
    // Stop buffering at once: a client may stream without a length.
    if (size > limit) throw tooLarge()
    chunks.push(chunk)
  }
  return Buffer.concat(chunks, size)
}

/** Parses a JSON body (400 when it is not JSON), after the size check above. */
export async function readJsonBody(request: IncomingMessage, limit: number, what: string): Promise<unknown> {
  const body = await readBody(request, limit, what)
  try {
    return JSON.parse(body.toString('utf8')) as unknown
  } catch {
    throw new ApiError(400, `${what} is not valid JSON`)
  }
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${bytes} bytes`
}
