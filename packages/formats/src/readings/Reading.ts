import { z } from 'zod/mini'

/**
 * A reading as it arrives from a file: a small tree that TipTap's StarterKit accepts as JSON
 * (`{ type: 'doc', content: blocks }`) and that `writeReading` stores in the room's text doc.
 */
export type ReadingMark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'code' }
  | { type: 'link'; attrs: { href: string } }

export type ReadingInline = { type: 'text'; text: string; marks?: ReadingMark[] } | { type: 'hardBreak' }

export type ReadingBlock =
  | { type: 'paragraph'; content?: ReadingInline[] }
  | { type: 'heading'; attrs: { level: 1 | 2 | 3 }; content?: ReadingInline[] }
  | { type: 'codeBlock'; attrs?: { language: string }; content?: { type: 'text'; text: string }[] }
  | { type: 'blockquote'; content: ReadingBlock[] }
  | { type: 'bulletList'; content: ReadingListItem[] }
  | { type: 'orderedList'; attrs?: { start: number }; content: ReadingListItem[] }
  | { type: 'horizontalRule' }

/** A list item starts with a paragraph, as StarterKit's schema requires (`paragraph block*`). */
export type ReadingListItem = { type: 'listItem'; content: [ReadingParagraph, ...ReadingBlock[]] }
export type ReadingParagraph = Extract<ReadingBlock, { type: 'paragraph' }>

export interface Reading {
  title?: string
  blocks: ReadingBlock[]
  /** Plain-text offsets (as `readingToPlainText` and `buildTextIndex` count) where PDF pages start. */
  pages?: number[]
  /** What the converter left out or changed (mammoth's messages, dropped images, unsafe links…). */
  warnings: string[]
}

const markSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('bold') }),
  z.strictObject({ type: z.literal('italic') }),
  z.strictObject({ type: z.literal('code') }),
  z.strictObject({ type: z.literal('link'), attrs: z.strictObject({ href: z.string().check(z.regex(/^(https?:|mailto:)/i)) }) }),
])

const inlineSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), text: z.string().check(z.minLength(1)), marks: z.optional(z.array(markSchema)) }),
  z.strictObject({ type: z.literal('hardBreak') }),
])

const paragraphSchema = z.strictObject({ type: z.literal('paragraph'), content: z.optional(z.array(inlineSchema)) })

export const readingBlockSchema: z.ZodMiniType<ReadingBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [
    paragraphSchema,
    z.strictObject({ type: z.literal('heading'), attrs: z.strictObject({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }), content: z.optional(z.array(inlineSchema)) }),
    z.strictObject({ type: z.literal('codeBlock'), attrs: z.optional(z.strictObject({ language: z.string().check(z.maxLength(64)) })), content: z.optional(z.array(z.strictObject({ type: z.literal('text'), text: z.string().check(z.minLength(1)) }))) }),
    z.strictObject({ type: z.literal('blockquote'), content: z.array(readingBlockSchema).check(z.minLength(1)) }),
    z.strictObject({ type: z.literal('bulletList'), content: z.array(listItemSchema).check(z.minLength(1)) }),
    z.strictObject({ type: z.literal('orderedList'), attrs: z.optional(z.strictObject({ start: z.int().check(z.gte(0)) })), content: z.array(listItemSchema).check(z.minLength(1)) }),
    z.strictObject({ type: z.literal('horizontalRule') }),
  ]),
) as z.ZodMiniType<ReadingBlock>

const listItemSchema: z.ZodMiniType<ReadingListItem> = z.lazy(() =>
  z.strictObject({ type: z.literal('listItem'), content: z.tuple([paragraphSchema], readingBlockSchema) }),
) as z.ZodMiniType<ReadingListItem>

export const readingSchema: z.ZodMiniType<Reading> = z.strictObject({
  title: z.optional(z.string()),
  blocks: z.array(readingBlockSchema),
  pages: z.optional(z.array(z.int().check(z.gte(0)))),
  warnings: z.array(z.string()),
})
