import { once } from 'node:events'
import zlib from 'node:zlib'
import type { PngBand } from './PngBand'

/** How a zlib stream flushed to a byte boundary and then finished ends: the flush's marker, an empty final block. */
const flushedEnd = [0x00, 0x00, 0xff, 0xff, 0x03, 0x00]

/**
 * RGBA pixels (`width` × `height`, rows top to bottom) as a `PngBand`. Filter 0 and deflate level
 * 3: on a map's flat background that is smaller than resvg's own PNG, in a third of the time
 * (BENCHMARKS.md). zlib sums the Adler-32 as it compresses: the strip goes through one zlib
 * stream, flushed to a byte boundary and then finished, and the strip's data is what comes before
 * that empty final block.
 */
export async function deflateScanlines(pixels: Uint8Array, width: number, height: number, last: boolean): Promise<PngBand> {
  const rowBytes = width * 4
  const scanlines = Buffer.allocUnsafe((rowBytes + 1) * height)
  for (let row = 0; row < height; row++) {
    const at = row * (rowBytes + 1)
    scanlines[at] = 0
    scanlines.set(pixels.subarray(row * rowBytes, (row + 1) * rowBytes), at + 1)
  }
  const deflate = zlib.createDeflate({ level: 3, memLevel: 9, chunkSize: 1 << 20 })
  const output: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => output.push(chunk))
  const ended = once(deflate, 'end')
  deflate.write(scanlines)
  await new Promise<void>((resolve) => deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => resolve()))
  deflate.end()
  await ended
  // [2-byte zlib header][the strip, up to the flush's marker][03 00: empty final block][Adler-32]
  const stream = Buffer.concat(output)
  const end = stream.length - 4
  if (!flushedEnd.every((byte, index) => stream[end - flushedEnd.length + index] === byte)) throw new Error('the PNG strip’s zlib stream did not end as flushed')
  // A copy owns its memory: a small Buffer may sit in Node's shared pool, which cannot be transferred.
  const deflated = new Uint8Array(stream.subarray(2, last ? end : end - 2))
  return { width, height, deflated, adler: stream.readUInt32BE(end), length: scanlines.length }
}
