import { readFileSync } from 'node:fs'
import { Resvg } from '@resvg/resvg-js'
import { type MapSnapshot, Room, addNode, linkNodes, seedSampleRoom } from '@warrant/model'
import { drawMap } from '@warrant/formats'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { drawTextAsGlyphs } from './drawTextAsGlyphs'
import { hasExportFont } from './exportFonts'
import { loadGlyphFonts } from './loadGlyphFonts'

function sampleSnapshot(extraTexts: string[] = []): MapSnapshot {
  const textDoc = new Y.Doc()
  const mapDoc = new Y.Doc()
  seedSampleRoom(textDoc, mapDoc, readFileSync(new URL('../../../../packages/model/sample/sampleReading.txt', import.meta.url), 'utf8'))
  const room = new Room({ textDoc, mapDoc, user: { id: 't', name: 'Tess & “Co”' } })
  const first = room.getSnapshot().nodeList[0]!.id
  extraTexts.forEach((text, index) => {
    const id = addNode(room, { kind: 'evidence', text, position: { x: 900, y: 200 + index * 160 } })!
    linkNodes(room, { source: id, target: first, kind: 'supports' })
  })
  const snapshot = room.getSnapshot()
  room.dispose()
  return snapshot
}

const pixels = (svg: string) =>
  new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  }).render().pixels

/** The largest difference of any channel of any pixel, and how many pixels the first has ink in. */
function compare(a: Uint8Array, b: Uint8Array): { largest: number; inked: number } {
  expect(a.length).toBe(b.length)
  let largest = 0
  let inked = 0
  for (let index = 0; index < a.length; index++) {
    largest = Math.max(largest, Math.abs(a[index]! - b[index]!))
    if (index % 4 === 0 && a[index]! < 128) inked++
  }
  return { largest, inked }
}

describe.runIf(hasExportFont())('drawTextAsGlyphs', () => {
  it('draws every text of a map as the glyphs resvg would lay out, bold, letter-spaced and escaped alike', async () => {
    const snapshot = sampleSnapshot(['Café & naïve: “quoted” <tags> 42% — Ελληνικά, Русский, fi fl'])
    const orphaned = new Set([snapshot.nodeList[0]!.id])
    const svg = drawMap(snapshot, { orphaned, legend: true, title: 'Sample & <map>' }).svg()
    const { svg: glyphs, textLeft } = drawTextAsGlyphs(svg, await loadGlyphFonts())
    expect(textLeft).toBe(false)
    expect(svg).toContain('letter-spacing=')
    expect(svg).toContain('font-weight="bold"')
    expect(glyphs).not.toContain('<text')
    expect(glyphs).toMatch(/<g fill="#[0-9a-f]+"><path transform="translate\(/)
    const { largest, inked } = compare(pixels(svg), pixels(glyphs))
    expect(inked).toBeGreaterThan(10_000)
    // Only anti-aliasing may differ (14 levels at most on the 500-node bench map).
    expect(largest).toBeLessThanOrEqual(24)
  })

  it('leaves a text the font cannot draw whole to resvg, and draws the rest as glyphs', async () => {
    const snapshot = sampleSnapshot(['論証 is not in DejaVu', 'שלום right to left'])
    const svg = drawMap(snapshot, {}).svg()
    const { svg: glyphs, textLeft } = drawTextAsGlyphs(svg, await loadGlyphFonts())
    expect(textLeft).toBe(true)
    const texts = [...glyphs.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''))
    expect(texts.sort()).toEqual(['שלום right to left', '論証 is not in DejaVu'].sort())
    expect(glyphs).toContain('<path transform="translate(')
  })

  it('keeps a drawing without text as it is', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#fff"/></svg>'
    expect(drawTextAsGlyphs(svg, await loadGlyphFonts())).toEqual({ svg, textLeft: false })
  })
})
