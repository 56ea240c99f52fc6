import type { GlyphFont } from './loadGlyphFonts'

/**
 * A glyph's outline as SVG path data that can be placed anywhere on a line: its first point
 * (`x`, `y`) from the glyph's origin, and `rest`, every command after it relative to the one
 * before. A line's path is then, per glyph, `M${pen + x},${y}${rest}`. `rest` is empty for a
 * glyph with no ink (a space).
 */
export interface GlyphOutline {
  x: number
  y: number
  rest: string
}

const command = /([MLQCZ])([^MLQCZ]*)/g

/** `glyph`'s outline in `face` (font units, y up), worked out once per thread. */
export function glyphOutline(face: GlyphFont, glyph: number): GlyphOutline {
  const known = face.outlines.get(glyph)
  if (known) return known
  // harfbuzz writes absolute M, L, Q, C and Z.
  let first: number[] | null = null
  let rest = ''
  let current = [0, 0]
  let start = [0, 0]
  for (const [, letter, numbers] of face.font.glyphToPath(glyph).matchAll(command)) {
    const values = numbers!.split(/[ ,]/).filter(Boolean).map(Number)
    if (letter === 'Z') {
      rest += 'z'
      current = start
    } else if (first === null) {
      current = start = first = values.slice(-2)
    } else {
      const relative = values.map((value, index) => Math.round((value - current[index % 2]!) * 100) / 100)
      rest += letter!.toLowerCase() + relative.join(',')
      current = values.slice(-2)
      if (letter === 'M') start = current
    }
  }
  const outline = { x: first?.[0] ?? 0, y: first?.[1] ?? 0, rest }
  face.outlines.set(glyph, outline)
  return outline
}
