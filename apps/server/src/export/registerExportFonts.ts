import { GlobalFonts } from '@napi-rs/canvas'
import { exportFontFiles, hasExportFont } from './exportFonts'

let registered = false

/**
 * Hands Skia the export font (DejaVu Sans, regular and bold) by file, once per thread, so the
 * PNG's text is drawn with the font packages/formats measured it in, wherever it is installed
 * (`WARRANT_EXPORT_FONT_DIR`). Characters it lacks fall back to the system's fonts.
 */
export function registerExportFonts(): void {
  if (registered || !hasExportFont()) return
  for (const file of [exportFontFiles.regular, exportFontFiles.bold]) {
    if (!GlobalFonts.registerFromPath(file, 'DejaVu Sans')) throw new Error(`could not load the export font ${file}`)
  }
  registered = true
}
