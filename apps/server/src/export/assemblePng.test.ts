import { randomBytes } from 'node:crypto'
import { crc32, inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { assemblePng } from './assemblePng'
import { deflateScanlines } from './deflateScanlines'

/** Each chunk of a PNG, its CRC checked. */
function chunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const found: { type: string; data: Uint8Array }[] = []
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at)
    const typeAndData = png.subarray(at + 4, at + 8 + length)
    expect(view.getUint32(at + 8 + length)).toBe(crc32(typeAndData))
    found.push({ type: new TextDecoder().decode(typeAndData.subarray(0, 4)), data: typeAndData.subarray(4) })
    at += 12 + length
  }
  return found
}

describe('assemblePng', () => {
  it('stacks strips into one PNG whose single zlib stream inflates, checksum and all, to every row', async () => {
    // The first strip's rows go to zlib in three pieces (two buffers in turn, 873 rows at a time).
    const width = 1200
    const heights = [1900, 1, 13]
    const strips = [randomBytes(width * 4 * heights[0]!), new Uint8Array(width * 4 * heights[1]!).fill(200), randomBytes(width * 4 * heights[2]!)]
    const height = heights[0]! + heights[1]! + heights[2]!
    const bands = await Promise.all(strips.map((pixels, index) => deflateScanlines(pixels, width, pixels.length / (width * 4), index === strips.length - 1)))
    const png = assemblePng(bands)
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const parts = chunks(png)
    expect(parts.map((part) => part.type)).toEqual(['IHDR', 'IDAT', 'IDAT', 'IDAT', 'IDAT', 'IDAT', 'IEND'])
    const header = new DataView(parts[0]!.data.buffer, parts[0]!.data.byteOffset)
    expect([header.getUint32(0), header.getUint32(4), ...parts[0]!.data.subarray(8)]).toEqual([width, height, 8, 6, 0, 0, 0])
    // inflateSync checks the stream's Adler-32: a wrong sum of the strips' would throw.
    const rows = inflateSync(Buffer.concat(parts.filter((part) => part.type === 'IDAT').map((part) => part.data)))
    const pixels = Buffer.concat(strips)
    expect(rows.length).toBe(height * (width * 4 + 1))
    for (let row = 0; row < height; row++) {
      expect(rows[row * (width * 4 + 1)]).toBe(0)
      expect(rows.subarray(row * (width * 4 + 1) + 1, (row + 1) * (width * 4 + 1)).equals(pixels.subarray(row * width * 4, (row + 1) * width * 4))).toBe(true)
    }
  })
})
