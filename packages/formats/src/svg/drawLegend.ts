import { type LinkKind, linkKinds, nodeKinds } from '@warrant/model'
import { drawText } from './drawText'
import { type TextStyle, textWidth } from './fontMetrics/measureText'
import { exportMarkerId } from './linkMarkers'
import { alwaysInLegend, inkColors, linkPalette, nodePalette } from './mapPalette'
import { orphanLabel } from './nodeCardStyle'
import { svgNumber as n } from './svgNumber'

const legendStyle: TextStyle = { size: 12 }
const rowHeight = 24
const itemGap = 18
const swatch = 14
const lineSample = 30

export interface Legend {
  readonly width: number
  readonly height: number
  /** The legend with its top-left corner at (x, y). */
  draw(x: number, y: number): string
}

const markerEnd = (kind: LinkKind) => {
  const id = exportMarkerId(kind)
  return id ? ` marker-end="url(#${id})"` : ''
}

/** One row: a swatch per node kind, a line per link kind, and the orphan mark when the map has one. */
export function legend(showOrphan: boolean, linkKindsShown: ReadonlySet<LinkKind>): Legend {
  const items: { width: number; draw: (x: number, y: number) => string }[] = []
  for (const kind of nodeKinds) {
    const colors = nodePalette[kind]
    const label = colors.label
    items.push({
      width: swatch + 6 + textWidth(label, legendStyle),
      draw: (x, y) =>
        `<rect x="${n(x + 0.75)}" y="${n(y + (rowHeight - swatch) / 2)}" width="${swatch}" height="${swatch}" rx="3" fill="${colors.background}" stroke="${colors.border}" stroke-width="1.5"/>` +
        drawText([{ text: label, x: x + swatch + 6, y: y + 16 }], legendStyle, inkColors.text),
    })
  }
  for (const kind of linkKinds.filter((each) => alwaysInLegend.includes(each) || linkKindsShown.has(each))) {
    const { color, label } = linkPalette[kind]
    items.push({
      width: lineSample + 6 + textWidth(label, legendStyle),
      draw: (x, y) =>
        `<path d="M${n(x)},${n(y + rowHeight / 2)} L${n(x + lineSample - 2)},${n(y + rowHeight / 2)}" stroke="${color}" stroke-width="2" fill="none"${markerEnd(kind)}/>` +
        drawText([{ text: label, x: x + lineSample + 6, y: y + 16 }], legendStyle, inkColors.text),
    })
  }
  if (showOrphan) {
    items.push({
      width: textWidth(orphanLabel, legendStyle),
      draw: (x, y) => drawText([{ text: orphanLabel, x, y: y + 16 }], legendStyle, inkColors.orphanText),
    })
  }
  const width = items.reduce((sum, item) => sum + item.width, 0) + itemGap * (items.length - 1)
  return {
    width,
    height: rowHeight,
    draw: (x, y) => {
      let left = x
      const parts = ['<g class="legend">']
      for (const item of items) {
        parts.push(item.draw(left, y))
        left += item.width + itemGap
      }
      parts.push('</g>')
      return parts.join('')
    },
  }
}
