import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { deflateScanlines } from './deflateScanlines'
import { hasExportFont } from './exportFonts'
import type { PngBand } from './PngBand'
import { subsetExportFonts } from './subsetExportFonts'

/**
 * Rasterises one strip of an export drawing (`mapToSvgBands`, drawn at scale 1) with resvg,
 * `scale` times its size, in the calling thread (a PNG thread, `renderPng`), and compresses its
 * rows (`deflateScanlines`). The export font goes in as a subset of the characters drawn, written
 * to a scratch folder: resvg-js takes fonts only as files. System fonts are loaded too, so that
 * characters DejaVu lacks can still find a font when one is installed.
 */
export async function rasteriseBand(svg: string, scale: number, last: boolean): Promise<PngBand> {
  if (!hasExportFont()) return rasteriseWith(svg, scale, last, [])
  const folder = await mkdtemp(path.join(os.tmpdir(), 'warrant-export-'))
  try {
    const subset = await subsetExportFonts(svg)
    const files = [path.join(folder, 'regular.ttf'), path.join(folder, 'bold.ttf')]
    await Promise.all([writeFile(files[0]!, subset.regular), writeFile(files[1]!, subset.bold)])
    return rasteriseWith(svg, scale, last, files)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

function rasteriseWith(svg: string, scale: number, last: boolean, fontFiles: string[]): Promise<PngBand> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, fontFiles, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  })
  const image = resvg.render()
  // resvg's pixels are premultiplied; the drawing is opaque (it starts with a paper rectangle),
  // so they are the PNG's as they are.
  return deflateScanlines(image.pixels, image.width, image.height, last)
}
