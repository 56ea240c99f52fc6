import { z } from 'zod'

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
  z.object({ type: z.literal('bold') }).strict(),
  z.object({ type: z.literal('italic') }).strict(),
  z.object({ type: z.literal('code') }).strict(),
  z.object({ type: z.literal('link'), attrs: z.object({ href: z.string().regex(/^(https?:|mailto:)/i) }).strict() }).strict(),
])

const inlineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().min(1), marks: z.array(markSchema).optional() }).strict(),
  z.object({ type: z.literal('hardBreak') }).strict(),
])

const paragraphSchema = z.object({ type: z.literal('paragraph'), content: z.array(inlineSchema).optional() }).strict()

export const readingBlockSchema: z.ZodType<ReadingBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [
    paragraphSchema,
    z.object({ type: z.literal('heading'), attrs: z.object({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }).strict(), content: z.array(inlineSchema).optional() }).strict(),
    z.object({ type: z.literal('codeBlock'), attrs: z.object({ language: z.string().max(64) }).strict().optional(), content: z.array(z.object({ type: z.literal('text'), text: z.string().min(1) }).strict()).optional() }).strict(),
    z.object({ type: z.literal('blockquote'), content: z.array(readingBlockSchema).min(1) }).strict(),
    z.object({ type: z.literal('bulletList'), content: z.array(listItemSchema).min(1) }).strict(),
    z.object({ type: z.literal('orderedList'), attrs: z.object({ start: z.number().int().min(0) }).strict().optional(), content: z.array(listItemSchema).min(1) }).strict(),
    z.object({ type: z.literal('horizontalRule') }).strict(),
  ]),
) as z.ZodType<ReadingBlock>

const listItemSchema: z.ZodType<ReadingListItem> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: z.tuple([paragraphSchema], readingBlockSchema) }).strict(),
) as z.ZodType<ReadingListItem>

export const readingSchema: z.ZodType<Reading> = z
  .object({
    title: z.string().optional(),
    blocks: z.array(readingBlockSchema),
    pages: z.array(z.number().int().min(0)).optional(),
    warnings: z.array(z.string()),
  })
  .strict()
