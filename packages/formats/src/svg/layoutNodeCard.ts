import type { ArgumentNode } from '@warrant/model'
import { baselineInLine, textWidth } from './fontMetrics/measureText'
import { nodePalette } from './mapPalette'
import { authorStyle, kindLabelStyle, nodeCardStyle, nodeTextStyle, nodeTextWidth, orphanLabel, orphanPill, orphanStyle } from './nodeCardStyle'
import { wrapText } from './wrapText'

export interface TextLine {
  readonly text: string
  /** Baseline, relative to the card's top-left corner. */
  readonly x: number
  readonly y: number
}

export interface NodeCardLayout {
  readonly width: number
  readonly height: number
  readonly kindLabel: TextLine
  readonly orphan: { readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly label: TextLine } | null
  readonly textLines: readonly TextLine[]
  readonly authorLines: readonly TextLine[]
}

/** Where every part of a node's card goes, box by box as the map's CSS lays it out. */
export function layoutNodeCard(node: ArgumentNode, orphaned: boolean): NodeCardLayout {
  const { width, border, paddingTop, paddingX, paddingBottom, headGap, authorGap, lineHeight } = nodeCardStyle
  const left = border + paddingX
  let top = border + paddingTop

  const labelLine = kindLabelStyle.size * lineHeight
  const pillHeight = orphanStyle.size * lineHeight + 2 * orphanPill.border
  const headHeight = orphaned ? Math.max(labelLine, pillHeight) : labelLine
  const kindLabel = { text: nodePalette[node.kind].label.toUpperCase(), x: left, y: top + (headHeight - labelLine) / 2 + baselineInLine(kindLabelStyle, labelLine) }
  let orphan: NodeCardLayout['orphan'] = null
  if (orphaned) {
    const pillWidth = textWidth(orphanLabel, orphanStyle) + 2 * (orphanPill.paddingX + orphanPill.border)
    const x = width - border - paddingX - pillWidth
    const y = top + (headHeight - pillHeight) / 2
    const label = { text: orphanLabel, x: x + orphanPill.border + orphanPill.paddingX, y: y + orphanPill.border + baselineInLine(orphanStyle, orphanStyle.size * lineHeight) }
    orphan = { x, y, width: pillWidth, height: pillHeight, label }
  }
  top += headHeight + headGap

  const textLineHeight = nodeTextStyle.size * lineHeight
  const textBaseline = baselineInLine(nodeTextStyle, textLineHeight)
  const textLines = wrapText(node.text, nodeTextWidth, nodeTextStyle).map((text, index) => ({ text, x: left, y: top + index * textLineHeight + textBaseline }))
  top += textLines.length * textLineHeight + authorGap

  const authorLineHeight = authorStyle.size * lineHeight
  const authorBaseline = baselineInLine(authorStyle, authorLineHeight)
  const authorLines = wrapText(node.author.name, nodeTextWidth, authorStyle).map((text, index) => ({ text, x: left, y: top + index * authorLineHeight + authorBaseline }))
  top += authorLines.length * authorLineHeight

  return { width, height: top + paddingBottom + border, kindLabel, orphan, textLines, authorLines }
}
