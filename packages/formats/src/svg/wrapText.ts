import { type TextStyle, charWidth, isWide } from './fontMetrics/measureText'

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * Breaks `text` into lines no wider than `maxWidth` px, the way the map's nodes do in CSS
 * (`white-space: pre-wrap; overflow-wrap: anywhere`): newlines always break; lines break after
 * spaces, after a hyphen or dash between words, and around CJK characters; trailing spaces hang;
 * a word wider than a line is broken between characters.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle): string[] {
  const lines: string[] = []
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) wrapParagraph(paragraph, maxWidth, style, lines)
  // An empty text shows no line at all (an empty <p> has no height).
  return text === '' ? [] : lines
}

function wrapParagraph(paragraph: string, maxWidth: number, style: TextStyle, lines: string[]): void {
  const spacing = style.letterSpacing ?? 0
  const widthOf = (piece: string) => {
    let width = 0
    for (const char of piece) width += charWidth(char.codePointAt(0)!, style) * style.size + spacing
    return width
  }
  let line = ''
  let lineWidth = 0
  for (const token of breakableTokens(paragraph)) {
    const word = token.trimEnd()
    const wordWidth = widthOf(word)
    if (line !== '' && lineWidth + wordWidth > maxWidth) {
      lines.push(line.trimEnd())
      line = ''
      lineWidth = 0
    }
    if (lineWidth + wordWidth <= maxWidth) {
      line += token
      lineWidth += widthOf(token)
      continue
    }
    // A word wider than the line: break it between characters (overflow-wrap: anywhere).
    for (const { segment } of graphemes.segment(token)) {
      const width = widthOf(segment)
      if (line !== '' && segment.trim() !== '' && lineWidth + width > maxWidth) {
        lines.push(line.trimEnd())
        line = ''
        lineWidth = 0
      }
      line += segment
      lineWidth += width
    }
  }
  lines.push(line.trimEnd())
}

const breakAfterDash = new Set(['-', '\u2010', '\u2012', '\u2013', '\u2014', '\u200b'])

/** Splits a paragraph at its break opportunities; each token keeps its trailing spaces. */
export function breakableTokens(paragraph: string): string[] {
  const chars = Array.from(paragraph)
  const tokens: string[] = []
  let current = ''
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]!
    const next = chars[index + 1]
    const code = char.codePointAt(0)!
    current += char
    if (next === undefined) break
    const nextCode = next.codePointAt(0)!
    const isSpace = char === ' ' || char === '\t'
    const nextIsSpace = next === ' ' || next === '\t'
    let opportunity = false
    if (isSpace && !nextIsSpace) opportunity = true
    else if (breakAfterDash.has(char) && index > 0 && /\p{L}/u.test(chars[index - 1]!) && /\p{L}/u.test(next)) opportunity = true
    else if ((isWide(code) || isWide(nextCode)) && !nextIsSpace && !isSpace && !/[\p{Pe}\p{Po}]/u.test(next)) opportunity = true
    if (opportunity) {
      tokens.push(current)
      current = ''
    }
  }
  if (current !== '') tokens.push(current)
  return tokens
}
