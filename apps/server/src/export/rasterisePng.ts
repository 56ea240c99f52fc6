import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { hasExportFont } from './exportFonts'
import { subsetExportFonts } from './subsetExportFonts'

/**
 * Rasterises an export SVG (drawn at scale 1) with resvg, `scale` times its size, in the calling
 * thread (`renderPng` runs it on the PNG thread). The export font goes in as a subset of the
 * characters drawn, written to a scratch folder: resvg-js takes fonts only as files. System fonts
 * are loaded too, so that characters DejaVu lacks can still find a font when one is installed.
 */
export async function rasterisePng(svg: string, scale: number): Promise<Uint8Array> {
  if (!hasExportFont()) return rasteriseWith(svg, scale, [])
  const folder = await mkdtemp(path.join(os.tmpdir(), 'warrant-export-'))
  try {
    const subset = await subsetExportFonts(svg)
    const files = [path.join(folder, 'regular.ttf'), path.join(folder, 'bold.ttf')]
    await Promise.all([writeFile(files[0]!, subset.regular), writeFile(files[1]!, subset.bold)])
    return rasteriseWith(svg, scale, files)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

function rasteriseWith(svg: string, scale: number, fontFiles: string[]): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, fontFiles, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  })
  return new Uint8Array(resvg.render().asPng())
}
