import { escapeXml } from './escapeXml'
import type { TextStyle } from './fontMetrics/measureText'
import type { TextLine } from './layoutNodeCard'
import { svgNumber as n } from './svgNumber'

/** One `<text>` for a block of lines, one `<tspan>` per line; spaces kept as typed. */
export function drawText(lines: readonly TextLine[], style: TextStyle, fill: string, extra = ''): string {
  if (lines.length === 0) return ''
  const weight = style.bold ? ' font-weight="bold"' : ''
  const spacing = style.letterSpacing ? ` letter-spacing="${n(style.letterSpacing)}"` : ''
  const spans = lines.map((line) => `<tspan x="${n(line.x)}" y="${n(line.y)}">${escapeXml(line.text)}</tspan>`).join('')
  return `<text font-size="${n(style.size)}"${weight}${spacing} fill="${fill}" xml:space="preserve"${extra}>${spans}</text>`
}
