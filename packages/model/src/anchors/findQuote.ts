import type { TextQuote } from '../records/Anchor'

export interface QuoteMatch {
  start: number
  end: number
}

/**
 * Finds a quote in the text by exact match, ranked by how much of its prefix and suffix agree
 * (after Hypothesis' match-quote). Equally fitting candidates are ambiguous and give null (an
 * orphan is better than a highlight on the wrong words), unless one of them starts exactly at
 * the position hint: that is where the words were, not a guess by distance.
 */
export function findQuote(text: string, quote: TextQuote, hint: number): QuoteMatch | null {
  const { exact } = quote
  if (exact.length === 0) return null
  const context = { prefix: withoutWhitespace(quote.prefix), suffix: withoutWhitespace(quote.suffix) }
  let best: number[] = []
  let bestAgreement = -1
  let count = 0
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    count++
    const agreement = contextAgreement(text, quote, context, at)
    if (agreement > bestAgreement) {
      best = [at]
      bestAgreement = agreement
    } else if (agreement === bestAgreement) {
      best.push(at)
    }
  }
  const start = best.length === 1 ? best[0] : best.find((at) => at === hint)
  if (start === undefined) return null
  // A candidate whose surroundings disagree is other words that happen to read the same,
  // unless the quote is long and occurs only once.
  const distinctive = count === 1 && exact.length >= minimumUniqueQuoteLength
  if (bestAgreement < minimumContextAgreement && !distinctive) return null
  return { start, end: start + exact.length }
}

const minimumContextAgreement = 0.5
const minimumUniqueQuoteLength = 12

/**
 * The share of the prefix and suffix characters that agree, whitespace ignored: a paragraph
 * split or join right next to the quote turns a space into a blank line or removes one, and
 * that should not make its context look foreign.
 */
function contextAgreement(text: string, quote: TextQuote, context: { prefix: string; suffix: string }, at: number): number {
  const available = context.prefix.length + context.suffix.length
  if (available === 0) return 1
  // Twice the stored length, so the same words are still in reach after whitespace is dropped.
  const before = withoutWhitespace(text.slice(Math.max(0, at - 2 * quote.prefix.length), at))
  const afterStart = at + quote.exact.length
  const after = withoutWhitespace(text.slice(afterStart, afterStart + 2 * quote.suffix.length))
  return (commonSuffixLength(before, context.prefix) + commonPrefixLength(after, context.suffix)) / available
}

const withoutWhitespace = (value: string): string => value.replace(/\s+/g, '')

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
