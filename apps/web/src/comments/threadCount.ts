import type { CommentSnapshot } from '@warrant/model'

/** Comments on a target (roots and replies) and how many of its threads are still open. */
export function threadCount(comments: CommentSnapshot, on: string | undefined): { total: number; open: number } {
  let total = 0
  let open = 0
  for (const thread of (on && comments.threadsOn.get(on)) || []) {
    total += 1 + thread.replies.length
    if (!thread.root.resolved) open++
  }
  return { total, open }
}
