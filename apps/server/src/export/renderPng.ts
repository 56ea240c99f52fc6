import { Resvg } from '@resvg/resvg-js'
import { exportFontFiles, hasExportFont } from './exportFonts'

/**
 * Rasterises an export SVG (drawn at scale 1) with resvg, `scale` times its size. System fonts
 * are loaded so that characters DejaVu lacks can still find a font when one is installed.
 */
export function renderPng(svg: string, scale: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: true,
      ...(hasExportFont() ? { fontFiles: [exportFontFiles.regular, exportFontFiles.bold] } : {}),
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  })
  return new Uint8Array(resvg.render().asPng())
}
