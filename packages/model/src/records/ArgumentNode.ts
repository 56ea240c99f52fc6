import { z } from 'zod/mini'
import { authorSchema } from './Author'

export const NODE_SCHEMA_VERSION = 1

/** Longest node text a record may hold; commands refuse more rather than write an invalid record. */
export const maxNodeTextLength = 20_000

export const nodeKinds = ['claim', 'evidence', 'counterclaim'] as const
export type NodeKind = (typeof nodeKinds)[number]

/** A statement on the map: a claim, a piece of evidence or a counterclaim. */
export const argumentNodeSchema = z.object({
  v: z.literal(NODE_SCHEMA_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  kind: z.enum(nodeKinds),
  text: z.string().check(z.maxLength(maxNodeTextLength)),
  author: authorSchema,
  createdAt: z.int().check(z.nonnegative()),
  /** zod 4 numbers refuse Infinity and NaN. */
  position: z.object({ x: z.number(), y: z.number() }),
  /** Pinned by a person: tidying the layout leaves it where it is. */
  pinned: z.optional(z.boolean()),
  /** A person's verdict that overrides the evaluation: accepted stands, rejected falls. */
  given: z.optional(z.nullable(z.enum(['accepted', 'rejected']))),
})

export type ArgumentNode = z.infer<typeof argumentNodeSchema>
