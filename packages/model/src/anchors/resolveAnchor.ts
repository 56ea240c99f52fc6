import type * as Y from 'yjs'
import type { Anchor } from '../records/Anchor'
import type { TextIndex } from '../text/TextIndex'
import type { ResolvedAnchor } from './ResolvedAnchor'
import { findQuote } from './findQuote'
import { resolveRelativePosition } from './resolveRelativePosition'

/**
 * Relative positions first; they count only if the words under them are still the quote.
 * Otherwise the quote is searched near where it was; failing that, the anchor is orphaned.
 */
export function resolveAnchor(anchor: Anchor, textDoc: Y.Doc, index: TextIndex): ResolvedAnchor {
  const { id: anchorId, nodeId, quote } = anchor
  const start = resolveRelativePosition(anchor.start, textDoc, index)
  const end = resolveRelativePosition(anchor.end, textDoc, index)
  if (start !== null && end !== null && start < end && index.text.slice(start, end) === quote.exact) {
    return { anchorId, nodeId, status: 'exact', start, end }
  }
  const match = findQuote(index.text, quote, start ?? anchor.position.start)
  if (match) return { anchorId, nodeId, status: 'recovered', start: match.start, end: match.end }
  return { anchorId, nodeId, status: 'orphaned' }
}
