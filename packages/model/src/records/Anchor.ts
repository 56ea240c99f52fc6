import { z } from 'zod/mini'
import { authorSchema } from './Author'

export const ANCHOR_SCHEMA_VERSION = 1

/** Longest quote an anchor may hold; a longer highlight is refused, not written invalid. */
export const maxQuoteLength = 20_000

/** W3C Web Annotation TextQuoteSelector: the quoted words with some context either side. */
export const textQuoteSchema = z.object({
  exact: z.string().check(z.minLength(1), z.maxLength(maxQuoteLength)),
  prefix: z.string().check(z.maxLength(200)),
  suffix: z.string().check(z.maxLength(200)),
})

/** W3C TextPositionSelector over the reading's plain-text serialisation (see textIndex). */
export const textPositionSchema = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
})

/**
 * Ties a node to a span of the reading. The Yjs relative positions follow the words through
 * edits; the selectors are the fallback when they do not, and the export format.
 */
export const anchorSchema = z.object({
  v: z.literal(ANCHOR_SCHEMA_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  nodeId: z.string().check(z.minLength(1), z.maxLength(64)),
  start: z.instanceof(Uint8Array),
  end: z.instanceof(Uint8Array),
  quote: textQuoteSchema,
  position: textPositionSchema,
  author: authorSchema,
  createdAt: z.int().check(z.nonnegative()),
})

export type Anchor = z.infer<typeof anchorSchema>
export type TextQuote = z.infer<typeof textQuoteSchema>
export type TextPosition = z.infer<typeof textPositionSchema>
