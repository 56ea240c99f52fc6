import zlib from 'node:zlib'
import type { PngBand } from './PngBand'

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const adlerBase = 65521

/**
 * A PNG (8-bit RGBA, not interlaced) from its strips, top to bottom: one zlib stream made of the
 * strips' deflate data, its checksum summed from theirs (zlib's adler32_combine).
 */
export function assemblePng(bands: readonly PngBand[]): Uint8Array {
  const width = bands[0]!.width
  const height = bands.reduce((sum, band) => sum + band.height, 0)
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  header.set([8, 6, 0, 0, 0], 8)
  let adler = 1
  for (const band of bands) adler = combineAdler(adler, band.adler, band.length)
  const trailer = new Uint8Array(4)
  new DataView(trailer.buffer).setUint32(0, adler)
  const chunks = [
    chunk('IHDR', header),
    // zlib header: deflate, 32 KB window, no dictionary (0x7801 is a multiple of 31).
    chunk('IDAT', new Uint8Array([0x78, 0x01])),
    ...bands.map((band) => chunk('IDAT', band.deflated)),
    chunk('IDAT', trailer),
    chunk('IEND', new Uint8Array(0)),
  ]
  const png = new Uint8Array(signature.length + chunks.reduce((sum, part) => sum + part.length, 0))
  png.set(signature)
  let at = signature.length
  for (const part of chunks) {
    png.set(part, at)
    at += part.length
  }
  return png
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  const typed = new TextEncoder().encode(type)
  out.set(typed, 4)
  out.set(data, 8)
  view.setUint32(8 + data.length, zlib.crc32(data, zlib.crc32(typed)))
  return out
}

/** Adler-32 of A then B, from A's and B's checksums and B's length. */
function combineAdler(first: number, second: number, secondLength: number): number {
  const remainder = secondLength % adlerBase
  let a = first & 0xffff
  let b = (remainder * a) % adlerBase
  a += (second & 0xffff) + adlerBase - 1
  b += (first >>> 16) + (second >>> 16) + adlerBase - remainder
  a %= adlerBase
  b %= adlerBase
  return ((b << 16) | a) >>> 0
}
