import { z } from 'zod'
import { authorSchema } from './Author'

export const COMMENT_SCHEMA_VERSION = 1

/** Longest comment a record may hold; commands refuse more rather than write an invalid record. */
export const maxCommentLength = 20_000

/**
 * A comment on a node or on a highlight (`on` is a node id or an anchor id). A thread is a
 * root comment (`parent` null) and its replies (`parent` = the root's id); replies to replies
 * are filed under the root. `resolved` is set on the root and stands for the thread.
 * `editedAt` was added within version 1: optional, so older records stay valid.
 */
export const commentSchema = z.object({
  v: z.literal(COMMENT_SCHEMA_VERSION),
  id: z.string().min(1).max(64),
  on: z.string().min(1).max(64),
  parent: z.string().max(64).nullable(),
  text: z.string().max(maxCommentLength),
  resolved: z.boolean(),
  author: authorSchema,
  createdAt: z.number().int().nonnegative(),
  editedAt: z.number().int().nonnegative().optional(),
})

export type Comment = z.infer<typeof commentSchema>
