import type { TextStyle } from './fontMetrics/measureText'

/** The node card of apps/web/src/map/map.css (.argument-node and its parts), in px. */
export const nodeCardStyle = {
  width: 240,
  border: 1.5,
  radius: 10,
  paddingTop: 10,
  paddingX: 12,
  paddingBottom: 8,
  /** .node-head margin-bottom */
  headGap: 4,
  /** .node-author margin-top */
  authorGap: 6,
  /** line-height: 1.4 of the card, inherited by every part */
  lineHeight: 1.4,
  /** React Flow handles are 10 px squares centred on the top and bottom borders; links end at their outer edge. */
  handleOverhang: 5,
} as const

export const nodeTextStyle: TextStyle = { size: 13 }
export const kindLabelStyle: TextStyle = { size: 11, bold: true, letterSpacing: 0.44 }
export const authorStyle: TextStyle = { size: 11 }
export const orphanStyle: TextStyle = { size: 11 }
/** .node-orphan: padding 0 6px, 1px border. */
export const orphanPill = { paddingX: 6, border: 1 } as const
export const orphanLabel = '\u26a0 passage removed'

/** Width available to a card's text: border-box width less borders and padding. */
export const nodeTextWidth = nodeCardStyle.width - 2 * nodeCardStyle.border - 2 * nodeCardStyle.paddingX
