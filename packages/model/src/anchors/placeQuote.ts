import type { TextQuote } from '../records/Anchor'
import { findFuzzyQuote } from './findFuzzyQuote'
import { findQuote, type QuoteMatch } from './findQuote'

export interface PlacedQuote extends QuoteMatch {
  how: 'exact' | 'fuzzy'
}

/**
 * Places a quote brought in from outside (an imported annotation, an AIF node's text): the
 * exact words first (context and position hint decide between repeats), then words a few
 * edits away near the hint (given one). Null when neither finds one unambiguous place.
 */
export function placeQuote(text: string, quote: TextQuote, hint: number | null): PlacedQuote | null {
  const exact = findQuote(text, quote, hint ?? -1)
  if (exact) return { ...exact, how: 'exact' }
  // Repeated exact words that context cannot tell apart are ambiguous: a fuzzy search would
  // only find the same repeats.
  // Without a hint there is no "near": a fuzzy search of a whole long reading is too slow.
  if (hint === null || text.includes(quote.exact)) return null
  const fuzzy = findFuzzyQuote(text, quote, hint)
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end, how: 'fuzzy' } : null
}
