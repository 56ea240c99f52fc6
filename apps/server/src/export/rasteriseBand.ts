import { deflateScanlines } from './deflateScanlines'
import { paintSvg } from './paint/paintSvg'
import type { PngBand } from './PngBand'
import { registerExportFonts } from './registerExportFonts'

/**
 * Rasterises one strip of an export drawing (`mapToSvgBands`, drawn at scale 1) `scale` times its
 * size on a Skia canvas (`paintSvg`), in the calling thread (a PNG thread, `renderPng`), and
 * compresses its rows (`deflateScanlines`).
 */
export async function rasteriseBand(svg: string, scale: number, last: boolean): Promise<PngBand> {
  registerExportFonts()
  const canvas = paintSvg(svg, scale)
  // The canvas's pixels are premultiplied; the drawing is opaque (it starts with a paper
  // rectangle), so they are the PNG's as they are.
  return deflateScanlines(canvas.data(), canvas.width, canvas.height, last)
}
