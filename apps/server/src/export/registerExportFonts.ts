import { GlobalFonts } from '@napi-rs/canvas'
import { exportFontFiles, hasExportFont } from './exportFonts'

/** A family only this module registers: Skia's font collection is the process's, shared by every PNG thread. */
const registeredMark = 'Warrant export font'

/**
 * Hands Skia the export font (DejaVu Sans, regular and bold) by file, once per process, so the
 * PNG's text is drawn with the font packages/formats measured it in, wherever it is installed
 * (`WARRANT_EXPORT_FONT_DIR`). Characters it lacks fall back to the system's fonts. A PNG thread
 * stopped when idle and started again must not add the faces again: each would stay loaded.
 */
export function registerExportFonts(): void {
  if (!hasExportFont() || GlobalFonts.has(registeredMark)) return
  for (const file of [exportFontFiles.regular, exportFontFiles.bold]) {
    if (!GlobalFonts.registerFromPath(file, 'DejaVu Sans')) throw new Error(`could not load the export font ${file}`)
  }
  GlobalFonts.registerFromPath(exportFontFiles.regular, registeredMark)
}
