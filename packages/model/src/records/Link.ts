import { z } from 'zod'
import { authorSchema } from './Author'

export const LINK_SCHEMA_VERSION = 1

export const linkKinds = ['supports', 'attacks'] as const
export type LinkKind = (typeof linkKinds)[number]

/** A directed link between two nodes: the source supports or attacks the target. */
export const linkSchema = z.object({
  v: z.literal(LINK_SCHEMA_VERSION),
  id: z.string().min(1).max(64),
  kind: z.enum(linkKinds),
  source: z.string().min(1).max(64),
  target: z.string().min(1).max(64),
  author: authorSchema,
  createdAt: z.number().int().nonnegative(),
})

export type Link = z.infer<typeof linkSchema>
