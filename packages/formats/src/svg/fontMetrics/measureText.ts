import type { FontWidthTable } from './FontWidthTable'
import { dejaVuSans, dejaVuSansBold } from './dejaVuSansWidths'

/**
 * The font exports render with: DejaVu Sans is on the server (its PNG painter registers it) and on most
 * Linux desktops; Verdana (same design lineage, close metrics) elsewhere.
 */
export const exportFontFamily = 'DejaVu Sans, Verdana, sans-serif'

export interface TextStyle {
  /** Font size in px. */
  readonly size: number
  readonly bold?: boolean
  /** Extra advance after every character, in px (CSS/SVG letter-spacing). */
  readonly letterSpacing?: number
}

interface DecodedFont {
  readonly widths: Map<number, number>
  /** Em width used for characters the table does not have (scripts DejaVu lacks or we did not table). */
  readonly average: number
  readonly ascent: number
  readonly descent: number
}

const decoded = new Map<FontWidthTable, DecodedFont>()

function decode(table: FontWidthTable): DecodedFont {
  let font = decoded.get(table)
  if (font) return font
  const widths = new Map<number, number>()
  for (const [start, encoded] of table.runs) {
    encoded.split(' ').forEach((width, index) => widths.set(start + index, Number.parseInt(width, 36) / table.unitsPerEm))
  }
  let sum = 0
  for (let code = 0x61; code <= 0x7a; code++) sum += widths.get(code) ?? 0
  font = { widths, average: sum / 26, ascent: table.ascender / table.unitsPerEm, descent: -table.descender / table.unitsPerEm }
  decoded.set(table, font)
  return font
}

const fontOf = (style: TextStyle): DecodedFont => decode(style.bold ? dejaVuSansBold : dejaVuSans)

/** East Asian wide and fullwidth characters (and emoji), which fallback fonts draw about 1em wide. */
export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  )
}

function isZeroWidth(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) || // combining diacritics
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0xfe00 && code <= 0xfe0f) || // variation selectors
    code === 0xfeff
  )
}

/** Width in em of one code point in the font of `style` (no letter spacing). */
export function charWidth(code: number, style: TextStyle): number {
  const font = fontOf(style)
  const known = font.widths.get(code)
  if (known !== undefined) return known
  if (isZeroWidth(code)) return 0
  if (isWide(code)) return 1
  return font.average
}

/** Width in px of `text` set in `style`, summing advance widths (no kerning, no shaping). */
export function textWidth(text: string, style: TextStyle): number {
  let em = 0
  let count = 0
  for (const char of text) {
    em += charWidth(char.codePointAt(0)!, style)
    count++
  }
  return em * style.size + count * (style.letterSpacing ?? 0)
}

/**
 * Distance from the top of a CSS line box of `lineHeight` px to the baseline, for text in `style`:
 * half the leading, then the ascent (how browsers place text in a line box).
 */
export function baselineInLine(style: TextStyle, lineHeight: number): number {
  const font = fontOf(style)
  const content = (font.ascent + font.descent) * style.size
  return (lineHeight - content) / 2 + font.ascent * style.size
}
