import { readFileSync } from 'node:fs'
import { Resvg } from '@resvg/resvg-js'
import { Room, addNode, linkAsArgument, linkKinds, linkNodes, seedSampleRoom } from '@warrant/model'
import { drawMap } from '@warrant/formats'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { hasExportFont } from '../exportFonts'
import { registerExportFonts } from '../registerExportFonts'
import { paintSvg } from './paintSvg'

/** The sample map with every kind of link, an argument's junction and its scheme, an orphan, a title and a legend. */
function everythingSvg(): string {
  const textDoc = new Y.Doc()
  const mapDoc = new Y.Doc()
  seedSampleRoom(textDoc, mapDoc, readFileSync(new URL('../../../../../packages/model/sample/sampleReading.txt', import.meta.url), 'utf8'))
  const room = new Room({ textDoc, mapDoc, user: { id: 't', name: 'Tess & “Co”' } })
  const first = room.getSnapshot().nodeList[0]!.id
  const added = linkKinds.map((kind, index) => {
    const id = addNode(room, { kind: 'evidence', text: `Café & naïve ${kind} — Ελληνικά, Русский`, position: { x: 900 + index * 260, y: 200 } })!
    linkNodes(room, { source: id, target: first, kind })
    return id
  })
  linkAsArgument(room, { premises: added.slice(0, 2), conclusion: first, scheme: 'Argument from expert opinion' })
  const svg = drawMap(room.getSnapshot(), { orphaned: new Set([first]), legend: true, title: 'Sample & <map>' }).svg()
  room.dispose()
  return svg
}

/** Whether the pixel at (x, y) of RGBA `pixels` `width` wide is dark (and not left transparent). */
const inked = (pixels: Uint8Array, width: number, x: number, y: number) => pixels[(y * width + x) * 4 + 3]! > 128 && pixels[(y * width + x) * 4]! < 128

/** The columns of row `y` that are dark. */
const inkedColumns = (pixels: Uint8Array, width: number, y: number) => Array.from({ length: width }, (_, x) => x).filter((x) => inked(pixels, width, x, y))

const svgOf = (width: number, height: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#ffffff"/>${body}</svg>`

describe('paintSvg', () => {
  it.runIf(hasExportFont())('paints a whole map as resvg draws it, but for how text is anti-aliased', () => {
    registerExportFonts()
    const svg = everythingSvg()
    const ours = paintSvg(svg, 2)
    const reference = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: 2 },
      font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
      shapeRendering: 2,
      textRendering: 1,
      logLevel: 'off',
    }).render()
    expect([ours.width, ours.height]).toEqual([reference.width, reference.height])
    // The canvas's width and height are native getters: read once, not per pixel.
    const { width, height } = reference
    const [a, b] = [ours.data(), reference.pixels]
    let same = 0
    for (let index = 0; index < a.length; index++) if (a[index] === b[index]) same++
    expect(same / a.length).toBeGreaterThan(0.98)
    // Tile by tile, the ink is where resvg puts it: an arrowhead turned the wrong way shifts its tile's mean by ~75 levels, text's anti-aliasing by ≤ 10.
    const tile = 24
    const columns = Math.ceil(width / tile)
    const sums = new Float64Array(columns * Math.ceil(height / tile))
    const counts = new Float64Array(sums.length)
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const at = (y * width + x) * 4
        const cell = Math.floor(y / tile) * columns + Math.floor(x / tile)
        sums[cell]! += a[at]! + a[at + 1]! + a[at + 2]! - b[at]! - b[at + 1]! - b[at + 2]!
        counts[cell]! += 3
      }
    }
    const worst = Math.max(...Array.from(sums, (sum, cell) => Math.abs(sum / counts[cell]!)))
    expect(worst).toBeLessThan(20)
  })

  it('draws dashes, transforms, circles and rounded corners where SVG puts them', () => {
    const canvas = paintSvg(
      svgOf(
        60,
        30,
        '<path d="M0,2 L40,2" stroke="#000000" stroke-width="2" stroke-dasharray="4 4" fill="none"/>' +
          '<g transform="translate(10 10) scale(2)"><rect x="0" y="0" width="5" height="5" fill="#000000"/></g>' +
          '<circle cx="50" cy="20" r="4" fill="#000000"/><rect x="30" y="10" width="10" height="10" rx="5" fill="#000000"/>',
      ),
      1,
    )
    const pixels = canvas.data()
    expect([1, 2, 9, 10].map((x) => inked(pixels, 60, x, 2))).toEqual([true, true, true, true])
    expect([5, 6, 13, 14].map((x) => inked(pixels, 60, x, 2))).toEqual([false, false, false, false])
    expect(inked(pixels, 60, 19, 19)).toBe(true)
    expect(inked(pixels, 60, 21, 21)).toBe(false)
    expect(inked(pixels, 60, 50, 20)).toBe(true)
    expect(inked(pixels, 60, 50, 25)).toBe(false)
    expect(inked(pixels, 60, 35, 15)).toBe(true)
    expect(inked(pixels, 60, 30, 10)).toBe(false) // the rounded corner
  })

  it('fits a view box of another shape whole and centred, as SVG does by default', () => {
    const pixels = paintSvg('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 10 10"><rect width="10" height="10" fill="#000000"/></svg>', 1).data()
    expect([inked(pixels, 40, 5, 10), inked(pixels, 40, 12, 10), inked(pixels, 40, 27, 10), inked(pixels, 40, 35, 10)]).toEqual([false, true, true, false])
  })

  it('puts an end marker on the end of its path, turned the way the path arrives', () => {
    const marker =
      '<defs><marker id="m" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto">' +
      '<path d="M0,0 L10,5 L0,10 z" fill="#000000"/></marker></defs>'
    const across = paintSvg(svgOf(40, 40, `${marker}<path d="M0,20 L30,20" stroke="#000000" stroke-width="0.1" fill="none" marker-end="url(#m)"/>`), 1).data()
    const down = paintSvg(svgOf(40, 40, `${marker}<path d="M20,0 C20,10 20,10 20,30" stroke="#000000" stroke-width="0.1" fill="none" marker-end="url(#m)"/>`), 1).data()
    // Pointing right, the head spans rows 15–25 just left of x = 30; pointing down, columns 15–25 just above y = 30.
    expect([inked(across, 40, 22, 17), inked(across, 40, 22, 23), inked(across, 40, 32, 20)]).toEqual([true, true, false])
    expect([inked(down, 40, 17, 22), inked(down, 40, 23, 22), inked(down, 40, 20, 32)]).toEqual([true, true, false])
  })

  it.runIf(hasExportFont())('sets each line of text at its tspan, in its size, weight and letter-spacing', () => {
    registerExportFonts()
    const line = (spacing: number, weight = 'normal') =>
      paintSvg(svgOf(200, 40, `<text font-family="DejaVu Sans" font-size="16" font-weight="${weight}" letter-spacing="${spacing}" xml:space="preserve"><tspan x="10" y="28">WARRANT</tspan></text>`), 1).data()
    const extent = (pixels: Uint8Array) => {
      const columns = Array.from({ length: 40 }, (_, y) => inkedColumns(pixels, 200, y)).flat()
      return { left: Math.min(...columns), right: Math.max(...columns) }
    }
    const plain = extent(line(0))
    expect(plain.left).toBeGreaterThanOrEqual(10)
    expect(plain.left).toBeLessThan(13)
    // Six gaps between seven letters, 4 px more each.
    expect(extent(line(4)).right - plain.right).toBeCloseTo(24, -1)
    expect(extent(line(0, 'bold')).right).toBeGreaterThan(plain.right)
    // A run without its own x goes on where the last one ended.
    const continued = paintSvg(svgOf(200, 40, '<text font-family="DejaVu Sans" font-size="16" x="10" y="28">WAR<tspan fill="#000000">RANT</tspan></text>'), 1).data()
    expect(Math.abs(extent(continued).right - plain.right)).toBeLessThanOrEqual(2)
  })

  it('refuses what it does not draw, rather than leaving it out of the picture', () => {
    expect(() => paintSvg(svgOf(10, 10, '<linearGradient id="g"/>'), 1)).toThrow(/does not draw <linearGradient>/)
    expect(() => paintSvg(svgOf(10, 10, '<rect width="5" height="5" filter="url(#f)"/>'), 1)).toThrow(/does not know the attribute filter/)
    expect(() => paintSvg(svgOf(10, 10, '<rect width="5" height="5" fill="url(#g)"/>'), 1)).toThrow(/does not draw fill="url\(#g\)"/)
    expect(() => paintSvg(svgOf(10, 10, '<path d="M0,0 L5,5" marker-end="url(#missing)"/>'), 1)).toThrow(/no marker #missing/)
    expect(() => paintSvg(svgOf(10, 10, '<g transform="skewX(10)"/>'), 1)).toThrow(/cannot read transform/)
    expect(() => paintSvg(svgOf(10, 10, '<g stroke="#000000"><text x="1" y="8">a</text></g>'), 1)).toThrow(/does not stroke text/)
    expect(() => paintSvg('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect', 1)).toThrow(/unexpected end|unclosed|disallowed/i)
    expect(() => paintSvg('<html/>', 1)).toThrow(/starts with <svg>/)
  })
})
