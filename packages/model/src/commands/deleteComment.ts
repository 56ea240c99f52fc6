import * as Y from 'yjs'
import type { Room } from '../Room'
import { commentSchema } from '../records/Comment'
import { readRecord } from '../records/readRecord'

/**
 * Deletes one's own comment; a root goes with its replies, so it may be deleted only while
 * every reply is one's own too (others' words are not deleted with it). Returns whether it went.
 */
export function deleteComment(room: Room, commentId: string): boolean {
  const comment = readRecord(room.commentMap.get(commentId), commentSchema)
  if (!comment || comment.author.id !== room.user.id) return false
  const replies = comment.parent === null ? [...room.commentMap.entries()].filter(([, value]) => value instanceof Y.Map && value.get('parent') === commentId) : []
  if (replies.some(([, value]) => readRecord(value, commentSchema)?.author.id !== room.user.id)) return false
  room.transactMap(() => {
    for (const [id] of replies) room.commentMap.delete(id)
    room.commentMap.delete(commentId)
  })
  return true
}
