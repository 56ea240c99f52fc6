import type { ArgumentNode } from '@warrant/model'
import { drawText } from './drawText'
import { escapeXml } from './escapeXml'
import type { NodeCardLayout } from './layoutNodeCard'
import { inkColors, nodePalette } from './mapPalette'
import { authorStyle, kindLabelStyle, nodeCardStyle, nodeTextStyle, orphanStyle } from './nodeCardStyle'
import { svgNumber as n } from './svgNumber'

/** A node's card at its map position: fill and border by kind, dashed when orphaned. */
export function drawNodeCard(node: ArgumentNode, layout: NodeCardLayout, x: number, y: number): string {
  const colors = nodePalette[node.kind]
  const inset = nodeCardStyle.border / 2
  const dash = layout.orphan ? ' stroke-dasharray="4.5 3"' : ''
  const parts = [
    `<g class="node node-${node.kind}${layout.orphan ? ' node-orphaned' : ''}" data-node-id="${escapeXml(node.id)}" transform="translate(${n(x)} ${n(y)})">`,
    `<rect x="${n(inset)}" y="${n(inset)}" width="${n(layout.width - 2 * inset)}" height="${n(layout.height - 2 * inset)}" rx="${n(nodeCardStyle.radius - inset)}" fill="${colors.background}" stroke="${colors.border}" stroke-width="${n(nodeCardStyle.border)}"${dash}/>`,
    drawText([layout.kindLabel], kindLabelStyle, colors.text),
  ]
  if (layout.orphan) {
    const pill = layout.orphan
    parts.push(
      `<rect class="orphan-mark" x="${n(pill.x + 0.5)}" y="${n(pill.y + 0.5)}" width="${n(pill.width - 1)}" height="${n(pill.height - 1)}" rx="${n(pill.height / 2)}" fill="${inkColors.orphanFill}" stroke="${inkColors.orphanBorder}" stroke-width="1"/>`,
      drawText([pill.label], orphanStyle, inkColors.orphanText),
    )
  }
  parts.push(drawText(layout.textLines, nodeTextStyle, inkColors.text), drawText(layout.authorLines, authorStyle, inkColors.author), '</g>')
  return parts.join('')
}
