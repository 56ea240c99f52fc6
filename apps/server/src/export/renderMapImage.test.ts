import { inflateSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { type MapSnapshot, Room, addNode, linkNodes, seedSampleRoom } from '@warrant/model'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { ImageTooLargeError } from './ImageTooLargeError'
import { drawMap, mapToSvgBands } from '@warrant/formats'
import { maxPngPixels, renderMapImage } from './renderMapImage'
import { renderPng } from './renderPng'

function sampleSnapshot(): { snapshot: MapSnapshot; orphaned: Set<string> } {
  const textDoc = new Y.Doc()
  const mapDoc = new Y.Doc()
  seedSampleRoom(textDoc, mapDoc, readFileSync(new URL('../../../../packages/model/sample/sampleReading.txt', import.meta.url), 'utf8'))
  const room = new Room({ textDoc, mapDoc, user: { id: 't', name: 't' } })
  const snapshot = room.getSnapshot()
  room.dispose()
  return { snapshot, orphaned: new Set([snapshot.nodeList[0]!.id]) }
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR')
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** The content streams of a PDF, inflated. */
function pdfStreams(pdf: Uint8Array): string {
  const text = Buffer.from(pdf).toString('latin1')
  const streams: string[] = []
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index! + match[0].length
    const end = text.indexOf('endstream', start)
    const bytes = Buffer.from(text.slice(start, end), 'latin1')
    try {
      streams.push(inflateSync(bytes).toString('latin1'))
    } catch {
      streams.push(bytes.toString('latin1'))
    }
  }
  return streams.join('\n')
}

describe('renderMapImage', () => {
  it('renders PNG at 1×, 2× and 4× the SVG size', async () => {
    const { snapshot, orphaned } = sampleSnapshot()
    const svg = await renderMapImage(snapshot, orphaned, { format: 'svg', title: 'Sample', legend: true })
    const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(new TextDecoder().decode(svg.body))!.map(Number)
    for (const scale of [1, 2, 4] as const) {
      const png = await renderMapImage(snapshot, orphaned, { format: 'png', scale, title: 'Sample', legend: true })
      expect(png.contentType).toBe('image/png')
      expect(pngSize(png.body)).toEqual({ width: width! * scale, height: height! * scale })
    }
  })

  it('lays the map into a vector PDF: curves and text, not a picture', async () => {
    const { snapshot, orphaned } = sampleSnapshot()
    const pdf = await renderMapImage(snapshot, orphaned, { format: 'pdf', title: 'Sample', legend: true })
    expect(pdf.contentType).toBe('application/pdf')
    expect(Buffer.from(pdf.body.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    const content = pdfStreams(pdf.body)
    expect(content).toMatch(/ c\n/) // Bézier curves of the links
    expect(content).toMatch(/ re\n| l\n/) // card outlines
    expect(content).toMatch(/\bTJ\b|\bTj\b/) // text drawn as text
    expect(Buffer.from(pdf.body).toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/)
  })

  it('serves SVG as an XML document with its content type', async () => {
    const { snapshot, orphaned } = sampleSnapshot()
    const svg = await renderMapImage(snapshot, orphaned, { format: 'svg' })
    expect(svg.contentType).toMatch(/^image\/svg\+xml/)
    expect(new TextDecoder().decode(svg.body)).toMatch(/^<\?xml[^>]*>\n<svg /)
  })

  it('renders mixed scripts and hostile text in every format without failing', async () => {
    const mapDoc = new Y.Doc()
    const room = new Room({ user: { id: 'u', name: 'Юлия 李 <b>' }, mapDoc })
    const a = addNode(room, { kind: 'claim', text: 'Latin, Ελληνικά, Русский, 中文论点, العربية, emoji 🙂, <script>alert(1)</script> & "quotes"\u0007', position: { x: 0, y: 0 } })!
    const b = addNode(room, { kind: 'evidence', text: '長い'.repeat(200), position: { x: 0, y: 300 } })!
    linkNodes(room, { source: b, target: a, kind: 'attacks' })
    for (const format of ['png', 'svg', 'pdf'] as const) {
      const out = await renderMapImage(room.getSnapshot(), new Set([a]), { format, scale: 2, title: 'Смешанный 混合 title', legend: true })
      expect(out.body.byteLength).toBeGreaterThan(500)
    }
    room.dispose()
  })

  it('refuses a PNG over the pixel limit with what would fit, before rendering anything', async () => {
    const room = new Room({ user: { id: 'u', name: 'U' }, mapDoc: new Y.Doc() })
    addNode(room, { kind: 'claim', text: 'far left', position: { x: 0, y: 0 } })
    addNode(room, { kind: 'claim', text: 'far right', position: { x: 6000, y: 2600 } })
    const snapshot = room.getSnapshot()
    room.dispose()
    const svg = new TextDecoder().decode((await renderMapImage(snapshot, new Set(), { format: 'svg' })).body)
    const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number)
    expect(width! * height! * 16).toBeGreaterThan(maxPngPixels)
    const refused = renderMapImage(snapshot, new Set(), { format: 'png', scale: 4 })
    await expect(refused).rejects.toBeInstanceOf(ImageTooLargeError)
    await expect(refused).rejects.toThrow(/too large for a PNG at 4×.*Choose 2×, or SVG or PDF/)
    const png = await renderMapImage(snapshot, new Set(), { format: 'png', scale: 2 })
    expect(pngSize(png.body)).toEqual({ width: width! * 2, height: height! * 2 })
  })

  it('renders a PNG in strips on two threads with the pixels of one whole render', async () => {
    const { snapshot, orphaned } = sampleSnapshot()
    const drawing = drawMap(snapshot, { orphaned, legend: true, title: 'Sample' })
    const svg = drawing.svg()
    const whole = await renderPng(() => [svg], 1, 1)
    const { width, height } = pngSize(whole)
    // The pixel count only picks how many strips: a big one asks for several, and this small map is cut in three.
    const asked: number[] = []
    const banded = await renderPng((count) => (asked.push(count), mapToSvgBands(drawing, 3)), 100_000_000, 1)
    expect(asked[0]).toBeGreaterThan(1)
    expect(pngSize(banded)).toEqual({ width, height })
    const [a, b] = [pngRows(whole), pngRows(banded)]
    expect(a.length).toBe(b.length)
    // Equal, but for anti-aliasing where a shape crosses a strip's edge (a few rows, a few levels),
    // and a level here and there in text: Skia's glyph cache is shared by the PNG threads, and a
    // glyph drawn from it can come out one level off the same glyph drawn before it was cached.
    const edges = [Math.round(height / 3), Math.round((2 * height) / 3)]
    const rowBytes = width * 4 + 1
    let offEdge = 0
    let glyphLevels = 0
    let largest = 0
    for (let i = 0; i < a.length; i++) {
      const difference = Math.abs(a[i]! - b[i]!)
      if (difference === 0) continue
      const row = Math.floor(i / rowBytes)
      if (edges.some((edge) => Math.abs(row - edge) <= 3)) largest = Math.max(largest, difference)
      else if (difference <= 2) glyphLevels++
      else offEdge++
    }
    expect(offEdge).toBe(0)
    expect(glyphLevels).toBeLessThan(50)
    expect(largest).toBeLessThanOrEqual(32)
  })
})

/** The scanlines of a PNG this server wrote (filter 0 on every row), inflated. */
function pngRows(png: Uint8Array): Buffer {
  const data: Buffer[] = []
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at)
    if (new TextDecoder().decode(png.subarray(at + 4, at + 8)) === 'IDAT') data.push(Buffer.from(png.subarray(at + 8, at + 8 + length)))
    at += 12 + length
  }
  return inflateSync(Buffer.concat(data))
}
