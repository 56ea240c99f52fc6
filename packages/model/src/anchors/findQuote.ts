import type { TextQuote } from '../records/Anchor'

export interface QuoteMatch {
  start: number
  end: number
}

/**
 * Finds a quote in the text by exact match, ranked by how much of its prefix and suffix agree
 * and by closeness to the position hint (after Hypothesis' match-quote). Two equally good
 * candidates give null: an orphan is better than a highlight on the wrong words.
 */
export function findQuote(text: string, quote: TextQuote, hint: number): QuoteMatch | null {
  const { exact } = quote
  if (exact.length === 0) return null
  let best: { start: number; score: number; context: number } | null = null
  let tied = false
  let count = 0
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    count++
    const { context, score } = scoreCandidate(text, quote, at, hint)
    if (!best || score > best.score) {
      best = { start: at, score, context }
      tied = false
    } else if (score === best.score) {
      tied = true
    }
  }
  if (!best || tied) return null
  // A candidate whose surroundings disagree is other words that happen to read the same,
  // unless the quote is long and occurs only once.
  const distinctive = count === 1 && exact.length >= minimumUniqueQuoteLength
  if (best.context < minimumContextAgreement && !distinctive) return null
  return { start: best.start, end: best.start + exact.length }
}

const minimumContextAgreement = 0.5
const minimumUniqueQuoteLength = 12

function scoreCandidate(text: string, quote: TextQuote, at: number, hint: number): { context: number; score: number } {
  const prefix = commonSuffixLength(text.slice(Math.max(0, at - quote.prefix.length), at), quote.prefix)
  const suffixStart = at + quote.exact.length
  const suffix = commonPrefixLength(text.slice(suffixStart, suffixStart + quote.suffix.length), quote.suffix)
  const available = quote.prefix.length + quote.suffix.length
  const context = available === 0 ? 1 : (prefix + suffix) / available
  // Context decides; distance only breaks ties between equally fitting candidates.
  const closeness = 1 / (1 + Math.abs(at - hint))
  return { context, score: context * 2 + closeness }
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}
