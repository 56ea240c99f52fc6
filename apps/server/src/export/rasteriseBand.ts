import { Resvg } from '@resvg/resvg-js'
import { deflateScanlines } from './deflateScanlines'
import { drawTextAsGlyphs } from './drawTextAsGlyphs'
import { hasExportFont } from './exportFonts'
import { loadGlyphFonts } from './loadGlyphFonts'
import type { PngBand } from './PngBand'

/**
 * Rasterises one strip of an export drawing (`mapToSvgBands`, drawn at scale 1) with resvg,
 * `scale` times its size, in the calling thread (a PNG thread, `renderPng`), and compresses its
 * rows (`deflateScanlines`). Text goes in as the export font's glyph outlines
 * (`drawTextAsGlyphs`); system fonts are loaded only for a text left as text, so that characters
 * DejaVu lacks can still find a font when one is installed.
 */
export async function rasteriseBand(svg: string, scale: number, last: boolean): Promise<PngBand> {
  const drawn = hasExportFont() ? drawTextAsGlyphs(svg, await loadGlyphFonts()) : { svg, textLeft: true }
  const resvg = new Resvg(drawn.svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: drawn.textLeft, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  })
  const image = resvg.render()
  // resvg's pixels are premultiplied; the drawing is opaque (it starts with a paper rectangle),
  // so they are the PNG's as they are.
  return deflateScanlines(image.pixels, image.width, image.height, last)
}
