import { z } from 'zod'
import { authorSchema } from './Author'

export const NODE_SCHEMA_VERSION = 1

/** Longest node text a record may hold; commands refuse more rather than write an invalid record. */
export const maxNodeTextLength = 20_000

export const nodeKinds = ['claim', 'evidence', 'counterclaim'] as const
export type NodeKind = (typeof nodeKinds)[number]

/** A statement on the map: a claim, a piece of evidence or a counterclaim. */
export const argumentNodeSchema = z.object({
  v: z.literal(NODE_SCHEMA_VERSION),
  id: z.string().min(1).max(64),
  kind: z.enum(nodeKinds),
  text: z.string().max(maxNodeTextLength),
  author: authorSchema,
  createdAt: z.number().int().nonnegative(),
  position: z.object({ x: z.number().finite(), y: z.number().finite() }),
  /** Pinned by a person: tidying the layout leaves it where it is. */
  pinned: z.boolean().optional(),
  /** A person's verdict that overrides the evaluation: accepted stands, rejected falls. */
  given: z.enum(['accepted', 'rejected']).nullable().optional(),
})

export type ArgumentNode = z.infer<typeof argumentNodeSchema>
