import { existsSync } from 'node:fs'

/** Where Debian's fonts-dejavu-core puts the font exports are measured with (packages/formats). */
const dejaVuDir = process.env.WARRANT_EXPORT_FONT_DIR ?? '/usr/share/fonts/truetype/dejavu'

export const exportFontFiles = {
  regular: `${dejaVuDir}/DejaVuSans.ttf`,
  bold: `${dejaVuDir}/DejaVuSans-Bold.ttf`,
}

/** Whether the export font is installed; without it text falls back and may overflow its cards. */
export function hasExportFont(): boolean {
  return existsSync(exportFontFiles.regular) && existsSync(exportFontFiles.bold)
}
