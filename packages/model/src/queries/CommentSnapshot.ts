import type { Comment } from '../records/Comment'

/** A root comment and its replies, oldest first. */
export interface CommentThread {
  readonly root: Comment
  readonly replies: readonly Comment[]
}

/** The comments the views show: only those whose target (and, for a reply, whose root) exists. */
export interface CommentSnapshot {
  readonly comments: ReadonlyMap<string, Comment>
  /** Threads by target id (node or anchor), oldest first. */
  readonly threadsOn: ReadonlyMap<string, readonly CommentThread[]>
}
