import { z } from 'zod/mini'
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
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  on: z.string().check(z.minLength(1), z.maxLength(64)),
  parent: z.nullable(z.string().check(z.maxLength(64))),
  text: z.string().check(z.maxLength(maxCommentLength)),
  resolved: z.boolean(),
  author: authorSchema,
  createdAt: z.int().check(z.nonnegative()),
  editedAt: z.optional(z.int().check(z.nonnegative())),
})

export type Comment = z.infer<typeof commentSchema>
