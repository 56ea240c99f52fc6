import type { MapSnapshot } from '../MapSnapshot'
import type { Comment } from '../records/Comment'
import type { CommentSnapshot, CommentThread } from './CommentSnapshot'

const byCreation = (a: Comment, b: Comment) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * The visible comments: a comment shows while its target is a node or an anchor of the map, and
 * a reply while its root shows on the same target. Comments on a deleted node stay stored (an
 * undo brings them back) but are hidden the same way on every peer.
 */
export function deriveComments(records: ReadonlyMap<string, Comment>, snapshot: Pick<MapSnapshot, 'nodes' | 'anchors'>): CommentSnapshot {
  const targetExists = (on: string) => snapshot.nodes.has(on) || snapshot.anchors.has(on)
  const roots = new Map<string, { root: Comment; replies: Comment[] }>()
  for (const comment of records.values()) if (comment.parent === null && targetExists(comment.on)) roots.set(comment.id, { root: comment, replies: [] })
  for (const comment of records.values()) {
    if (comment.parent === null) continue
    const thread = roots.get(comment.parent)
    if (thread && thread.root.on === comment.on) thread.replies.push(comment)
  }
  const comments = new Map<string, Comment>()
  const threadsOn = new Map<string, CommentThread[]>()
  for (const thread of [...roots.values()].sort((a, b) => byCreation(a.root, b.root))) {
    thread.replies.sort(byCreation)
    comments.set(thread.root.id, thread.root)
    for (const reply of thread.replies) comments.set(reply.id, reply)
    const list = threadsOn.get(thread.root.on) ?? []
    list.push(thread)
    threadsOn.set(thread.root.on, list)
  }
  return { comments, threadsOn }
}
