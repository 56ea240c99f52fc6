import type { IncomingMessage } from 'node:http'
import Negotiator from 'negotiator'
import { regularFileSize } from './regularFileSize'

/** The siblings the web build writes next to each text file (vite-plugin-compression2). */
const suffixes: Record<string, string> = { br: '.br', gzip: '.gz' }
/** Ours first between encodings a browser accepts equally (Chromium sends `gzip, deflate, br, zstd`). */
const served = ['br', 'gzip', 'identity']

export interface FileVariant {
  path: string
  /** The Content-Encoding to send, or null for the file as it is. */
  encoding: string | null
  /** Its size in bytes (the Content-Length). */
  size: number
}

/**
 * What to send for a file of the build: its .br or .gz sibling when the request accepts that
 * encoding and the build made one (files under 1 KB and binaries have none), else the file.
 * A request that refuses even `identity` still gets the file: a page is better than a 406.
 * `size` is the file's own, which the caller has from the stat that found it.
 */
export function precompressedVariant(request: IncomingMessage, file: string, size: number): FileVariant {
  for (const encoding of new Negotiator(request).encodings(served, { preferred: served })) {
    const suffix = suffixes[encoding]
    if (suffix === undefined) break
    const variantSize = regularFileSize(file + suffix)
    if (variantSize !== null) return { path: file + suffix, encoding, size: variantSize }
  }
  return { path: file, encoding: null, size }
}
