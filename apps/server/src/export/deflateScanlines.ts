import { once } from 'node:events'
import zlib from 'node:zlib'
import type { PngBand } from './PngBand'

/** How a zlib stream flushed to a byte boundary and then finished ends: the flush's marker, an empty final block. */
const flushedEnd = [0x00, 0x00, 0xff, 0xff, 0x03, 0x00]

/** Rows go to zlib in pieces of about this many bytes, through two buffers used in turn. */
const pieceBytes = 4 << 20

/**
 * RGBA pixels (`width` × `height`, rows top to bottom) as a `PngBand`. Filter 0 and deflate level
 * 3: on a map's flat background that is smaller than resvg's own PNG, in a third of the time
 * (BENCHMARKS.md). zlib sums the Adler-32 as it compresses: the strip goes through one zlib
 * stream, flushed to a byte boundary and then finished, and the strip's data is what comes before
 * that empty final block. The rows, each behind its filter byte, are copied into two 4 MB buffers
 * in turn, the next filled while zlib compresses the last: a copy of the whole strip (150 MB for
 * half a 500-node map at 2×) cost ~120 ms, most of it the kernel handing out fresh pages.
 */
export async function deflateScanlines(pixels: Uint8Array, width: number, height: number, last: boolean): Promise<PngBand> {
  const rowBytes = width * 4
  const rowsPerPiece = Math.max(1, Math.floor(pieceBytes / (rowBytes + 1)))
  const pieces = [Buffer.allocUnsafeSlow(rowsPerPiece * (rowBytes + 1)), Buffer.allocUnsafeSlow(rowsPerPiece * (rowBytes + 1))]
  const written: Promise<void>[] = [Promise.resolve(), Promise.resolve()]
  const deflate = zlib.createDeflate({ level: 3, memLevel: 9, chunkSize: 1 << 20 })
  const output: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => output.push(chunk))
  const ended = once(deflate, 'end')
  for (let first = 0, turn = 0; first < height; first += rowsPerPiece, turn ^= 1) {
    await written[turn]
    const piece = pieces[turn]!
    const rows = Math.min(rowsPerPiece, height - first)
    for (let row = 0; row < rows; row++) {
      const at = row * (rowBytes + 1)
      piece[at] = 0
      piece.set(pixels.subarray((first + row) * rowBytes, (first + row + 1) * rowBytes), at + 1)
    }
    written[turn] = new Promise((resolve, reject) => deflate.write(piece.subarray(0, rows * (rowBytes + 1)), (error) => (error ? reject(error) : resolve())))
  }
  await Promise.all(written)
  await new Promise<void>((resolve) => deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => resolve()))
  deflate.end()
  await ended
  // [2-byte zlib header][the strip, up to the flush's marker][03 00: empty final block][Adler-32]
  const stream = Buffer.concat(output)
  const end = stream.length - 4
  if (!flushedEnd.every((byte, index) => stream[end - flushedEnd.length + index] === byte)) throw new Error('the PNG strip’s zlib stream did not end as flushed')
  // A copy owns its memory: a small Buffer may sit in Node's shared pool, which cannot be transferred.
  const deflated = new Uint8Array(stream.subarray(2, last ? end : end - 2))
  return { width, height, deflated, adler: stream.readUInt32BE(end), length: (rowBytes + 1) * height }
}
