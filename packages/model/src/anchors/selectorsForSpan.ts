import type { TextPosition, TextQuote } from '../records/Anchor'
import { quoteContextLength } from './quoteContextLength'

/** The W3C quote and position selectors for a span of the plain text. */
export function selectorsForSpan(text: string, start: number, end: number): { quote: TextQuote; position: TextPosition } {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - quoteContextLength), start),
      suffix: text.slice(end, end + quoteContextLength),
    },
    position: { start, end },
  }
}
