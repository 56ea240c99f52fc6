import { z } from 'zod'
import { authorSchema } from './Author'

export const COMMENT_SCHEMA_VERSION = 1

/** A comment on a node or a highlight (threads come with the seminar-collaboration work). */
export const commentSchema = z.object({
  v: z.literal(COMMENT_SCHEMA_VERSION),
  id: z.string().min(1).max(64),
  on: z.string().min(1).max(64),
  parent: z.string().max(64).nullable(),
  text: z.string().max(20_000),
  resolved: z.boolean(),
  author: authorSchema,
  createdAt: z.number().int().nonnegative(),
})

export type Comment = z.infer<typeof commentSchema>
