import { readFile } from 'node:fs/promises'
import subsetFont from 'subset-font'
import { exportFontFiles } from './exportFonts'

export interface ExportFontSubset {
  regular: Buffer
  bold: Buffer
}

/**
 * The export font (regular and bold) cut down to the characters `svg` contains. resvg-js reads a
 * font's whole file again for every glyph it outlines (its font database has no memory map): with
 * DejaVu Sans (757 KB) that was ~43 µs a glyph, 4.8 of the 7.4 s a 500-node map took at 2×; with
 * a subset of a few KB it is ~6 µs (BENCHMARKS.md, export). The outlines are DejaVu's own, so the
 * picture does not change. Markup characters come along; they are a few ASCII glyphs.
 */
export async function subsetExportFonts(svg: string): Promise<ExportFontSubset> {
  const characters = [...new Set(svg)].join('')
  const [regular, bold] = await Promise.all((await wholeFonts()).map((font) => subsetFont(font, characters, { targetFormat: 'truetype' })))
  return { regular: regular!, bold: bold! }
}

/** Read once per thread: every export cuts from the same two files. */
let whole: Promise<Buffer[]> | null = null
const wholeFonts = (): Promise<Buffer[]> => {
  if (whole === null) {
    whole = Promise.all([readFile(exportFontFiles.regular), readFile(exportFontFiles.bold)])
    // A failed read is not kept: the next export reads again.
    whole.catch(() => (whole = null))
  }
  return whole
}
