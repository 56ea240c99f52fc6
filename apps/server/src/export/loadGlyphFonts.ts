import { readFile } from 'node:fs/promises'
import { exportFontFiles } from './exportFonts'
import type { GlyphOutline } from './glyphOutline'

/** One face of the export font, ready to shape text and outline its glyphs. */
export interface GlyphFont {
  /** harfbuzzjs's `Font` at its default scale: positions come in font units. */
  font: import('harfbuzzjs').Font
  /** Font units per em: a glyph at `size` px is its outline times `size / upem`. */
  upem: number
  /** Outlines by glyph id (`glyphOutline`), filled as first drawn. */
  outlines: Map<number, GlyphOutline>
}

export interface GlyphFonts {
  harfbuzz: typeof import('harfbuzzjs')
  regular: GlyphFont
  bold: GlyphFont
}

/** Loaded once per thread (harfbuzz's wasm and both faces); a failed load is not kept. */
let loading: Promise<GlyphFonts> | null = null

/** The export font (DejaVu Sans, regular and bold) in harfbuzz, for `drawTextAsGlyphs`. */
export function loadGlyphFonts(): Promise<GlyphFonts> {
  if (loading === null) {
    loading = (async () => {
      const harfbuzz = await import('harfbuzzjs')
      const [regular, bold] = await Promise.all([exportFontFiles.regular, exportFontFiles.bold].map((file) => readFile(file)))
      const face = (data: Buffer): GlyphFont => {
        const hbFace = new harfbuzz.Face(new harfbuzz.Blob(data))
        return { font: new harfbuzz.Font(hbFace), upem: hbFace.upem, outlines: new Map() }
      }
      return { harfbuzz, regular: face(regular!), bold: face(bold!) }
    })()
    loading.catch(() => (loading = null))
  }
  return loading
}
