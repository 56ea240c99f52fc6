import { type NodeHandle, Position } from '@xyflow/react'
import { layoutNodeCard } from '@warrant/formats'
import type { ArgumentNode, Junction } from '@warrant/model'

/** map.css: a junction is a 28 px square; handles are squares centred on the top and bottom borders. */
const junctionSide = 28
const junctionHandle = 8
const cardHandle = 10

/**
 * A node's size before React Flow has rendered it, given as its `measured` size, and its two
 * handles where map.css puts them at that size. Big maps render only the nodes in view, and React
 * Flow renders every node it has no size for (to measure it), so without these the first fill of a
 * 2,000-node map mounted all 2,000 in one 2–4 s task. With them React Flow mounts what is in view,
 * fits the view and draws links to nodes out of it; a node's first render measures it and replaces
 * both (keepMeasured). The card's size is the SVG export's layout of it (layoutNodeCard, the map's
 * CSS box by box with DejaVu Sans widths): a few pixels off at most.
 */
export function estimatedSize(type: 'argument' | 'junction', record: ArgumentNode | Junction): { measured: { width: number; height: number }; handles: NodeHandle[] } {
  const { width, height } = type === 'argument' ? layoutNodeCard(record as ArgumentNode, false) : { width: junctionSide, height: junctionSide }
  const side = type === 'argument' ? cardHandle : junctionHandle
  const x = width / 2 - side / 2
  return {
    measured: { width, height },
    handles: [
      { type: 'source', position: Position.Top, x, y: -side / 2, width: side, height: side },
      { type: 'target', position: Position.Bottom, x, y: height - side / 2, width: side, height: side },
    ],
  }
}
