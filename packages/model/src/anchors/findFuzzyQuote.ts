import type { TextQuote } from '../records/Anchor'
import type { QuoteMatch } from './findQuote'

export interface FuzzyQuoteMatch extends QuoteMatch {
  /** Edits (insertions, deletions, substitutions) between the quote and the words found. */
  distance: number
}

/** Quotes shorter than this are never matched fuzzily: a few edits make them other words. */
export const minimumFuzzyQuoteLength = 12
/** Longest quote searched fuzzily; the search costs quote length × window length. */
export const maximumFuzzyQuoteLength = 2_000

/**
 * Finds words that differ from the quote by a few edits (at most a tenth of its length, 32 at
 * most), searched in a window around the position hint (approximate substring matching,
 * Sellers' algorithm). Two equally close, separate places are ambiguous unless their context
 * tells them apart: then null, an orphan rather than a highlight on the wrong words.
 */
export function findFuzzyQuote(text: string, quote: TextQuote, hint: number, window = 4_000): FuzzyQuoteMatch | null {
  const pattern = quote.exact
  const m = pattern.length
  if (m < minimumFuzzyQuoteLength || m > maximumFuzzyQuoteLength) return null
  const maxErrors = Math.min(32, Math.floor(m / 10))
  const from = Math.max(0, Math.min(text.length, hint) - window - m)
  const to = Math.min(text.length, Math.max(0, hint) + window + 2 * m)
  // Column j holds, for each pattern prefix, the least edits to some substring ending at j and
  // where that substring starts (the later start on a tie: the shorter match).
  let distance = new Int32Array(m + 1)
  let start = new Int32Array(m + 1)
  let nextDistance = new Int32Array(m + 1)
  let nextStart = new Int32Array(m + 1)
  for (let i = 0; i <= m; i++) {
    distance[i] = i
    start[i] = from
  }
  const candidates: FuzzyQuoteMatch[] = []
  for (let j = from; j < to; j++) {
    const character = text.charCodeAt(j)
    nextDistance[0] = 0
    nextStart[0] = j + 1
    for (let i = 1; i <= m; i++) {
      const substitute = distance[i - 1]! + (pattern.charCodeAt(i - 1) === character ? 0 : 1)
      const skipText = distance[i]! + 1
      const skipPattern = nextDistance[i - 1]! + 1
      let best = substitute
      let bestStart = start[i - 1]!
      if (skipText < best || (skipText === best && start[i]! > bestStart)) {
        best = skipText
        bestStart = start[i]!
      }
      if (skipPattern < best || (skipPattern === best && nextStart[i - 1]! > bestStart)) {
        best = skipPattern
        bestStart = nextStart[i - 1]!
      }
      nextDistance[i] = best
      nextStart[i] = bestStart
    }
    ;[distance, nextDistance] = [nextDistance, distance]
    ;[start, nextStart] = [nextStart, start]
    if (distance[m]! <= maxErrors) candidates.push({ start: start[m]!, end: j + 1, distance: distance[m]! })
  }
  if (candidates.length === 0) return null
  const least = Math.min(...candidates.map((candidate) => candidate.distance))
  const best = candidates.filter((candidate) => candidate.distance === least)
  // Neighbouring end positions describe the same place; keep one per separate place.
  const places: FuzzyQuoteMatch[] = []
  for (const candidate of best) {
    const last = places[places.length - 1]
    if (last && candidate.start < last.end) continue
    places.push(candidate)
  }
  const chosen = places.length === 1 ? places[0]! : bestByContext(text, quote, places)
  return chosen ? trim(text, chosen) : null
}

function bestByContext(text: string, quote: TextQuote, places: readonly FuzzyQuoteMatch[]): FuzzyQuoteMatch | null {
  const scored = places.map((place) => ({ place, score: contextScore(text, quote, place) }))
  scored.sort((a, b) => b.score - a.score)
  const [first, second] = scored
  return first && second && first.score > second.score ? first.place : null
}

function contextScore(text: string, quote: TextQuote, place: QuoteMatch): number {
  const before = text.slice(Math.max(0, place.start - quote.prefix.length), place.start)
  const after = text.slice(place.end, place.end + quote.suffix.length)
  let score = 0
  for (let n = 1; n <= Math.min(before.length, quote.prefix.length) && before[before.length - n] === quote.prefix[quote.prefix.length - n]; n++) score++
  for (let n = 0; n < Math.min(after.length, quote.suffix.length) && after[n] === quote.suffix[n]; n++) score++
  return score
}

function trim(text: string, match: FuzzyQuoteMatch): FuzzyQuoteMatch | null {
  let { start, end } = match
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return start < end ? { start, end, distance: match.distance } : null
}
