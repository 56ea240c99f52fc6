import { glyphOutline } from './glyphOutline'
import type { GlyphFont, GlyphFonts } from './loadGlyphFonts'

/**
 * `drawText`'s output (packages/formats): `<text font-size font-weight? letter-spacing? fill
 * xml:space class?>` holding one `<tspan x y>` per line. Anything else is left to resvg.
 */
const textElement = new RegExp(
  '<text font-size="(?<size>[\\d.]+)"(?<bold> font-weight="bold")?(?: letter-spacing="(?<spacing>-?[\\d.]+)")? fill="(?<fill>#[0-9a-fA-F]{3,8})" xml:space="preserve"(?: class="[^"<>]*")?>' +
    '(?<lines>(?:<tspan x="-?[\\d.]+" y="-?[\\d.]+">[^<]*</tspan>)+)</text>',
  'g',
)
const lineElement = /<tspan x="(-?[\d.]+)" y="(-?[\d.]+)">([^<]*)<\/tspan>/g
/** Right-to-left scripts and bidi controls: their order on the line is resvg's to work out. */
const bidiText = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]/
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const entity = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([\da-fA-F]+));/g
/** The characters of escaped XML text, or null if it holds an entity other than `escapeXml`'s. */
function unescapeXml(escaped: string): string | null {
  if (escaped.replace(entity, '').includes('&')) return null
  return escaped.replace(entity, (_, name?: string, decimal?: string, hex?: string) =>
    name ? entities[name]! : String.fromCodePoint(decimal ? Number(decimal) : Number.parseInt(hex!, 16)),
  )
}
const round = (value: number) => Math.round(value * 100) / 100

/**
 * A strip of an export drawing with its text drawn as the export font's glyph outlines, one
 * `<path>` per line, its glyphs placed as harfbuzz shapes the line. resvg lays text out at ~7 µs
 * a glyph, most of it reading the font file again for every glyph (its font database keeps paths,
 * not data); a line's path costs it ~2.5 µs a glyph to parse. harfbuzz is the shaper resvg's own
 * (rustybuzz) was ported from, so the glyphs land where resvg puts them: a 500-node map's strip
 * differs from resvg's text by at most 14 of 255 levels, in anti-aliasing.
 * A text the font cannot draw whole (a glyph it lacks, a right-to-left script) stays text, for
 * resvg to lay out with its fallback fonts; `textLeft` says whether any is (resvg then loads them).
 */
export function drawTextAsGlyphs(svg: string, fonts: GlyphFonts): { svg: string; textLeft: boolean } {
  const buffer = new fonts.harfbuzz.Buffer()
  // Counted on the strip as drawn, not on the ~25 times longer result: resvg needs fonts only if text is left.
  const texts = svg.split('<text ').length - 1
  let drawn = 0
  const result = svg.replace(textElement, (element, ...args: unknown[]) => {
    const groups = args.at(-1) as Record<'size' | 'bold' | 'spacing' | 'fill' | 'lines', string | undefined>
    const face = groups.bold ? fonts.bold : fonts.regular
    const scale = Number(groups.size) / face.upem
    const spacing = Number(groups.spacing ?? 0) / scale
    let lines = ''
    for (const [, x, y, escaped] of groups.lines!.matchAll(lineElement)) {
      const text = unescapeXml(escaped!)
      if (text === null || bidiText.test(text)) return element
      const path = lineOutline(fonts, face, buffer, text, spacing)
      if (path === null) return element
      if (path !== '') lines += `<path transform="translate(${x} ${y}) scale(${scale} ${-scale})" d="${path}"/>`
    }
    drawn++
    return lines === '' ? '' : `<g fill="${groups.fill}">${lines}</g>`
  })
  return { svg: result, textLeft: drawn < texts }
}

/** One line's glyphs as path data in font units from the pen's start, or null if the font lacks one. */
function lineOutline(fonts: GlyphFonts, face: GlyphFont, buffer: InstanceType<GlyphFonts['harfbuzz']['Buffer']>, text: string, spacing: number): string | null {
  buffer.clearContents()
  buffer.addText(text)
  buffer.guessSegmentProperties()
  fonts.harfbuzz.shape(face.font, buffer)
  const glyphs = buffer.getGlyphInfos()
  const positions = buffer.getGlyphPositions()
  let pen = 0
  let path = ''
  for (let index = 0; index < glyphs.length; index++) {
    const { codepoint: glyph, cluster } = glyphs[index]!
    if (glyph === 0) return null
    const position = positions[index]!
    const outline = glyphOutline(face, glyph)
    if (outline.rest !== '') path += `M${round(pen + position.xOffset + outline.x)},${outline.y + position.yOffset}${outline.rest}`
    pen += position.xAdvance
    // Letter spacing goes after each character (cluster), as resvg spaces it.
    if (spacing !== 0 && glyphs[index + 1]?.cluster !== cluster) pen += spacing
  }
  return path
}
