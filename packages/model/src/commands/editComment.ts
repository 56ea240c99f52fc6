import type { Room } from '../Room'
import { commentSchema, maxCommentLength } from '../records/Comment'
import { readRecord } from '../records/readRecord'
import { updateRecord } from '../records/updateRecord'

/** Rewords a comment. Only its author may: returns false for anyone else's, a gone one, or an empty or too long text. */
export function editComment(room: Room, commentId: string, text: string): boolean {
  const trimmed = text.trim()
  if (!trimmed || trimmed.length > maxCommentLength) return false
  const comment = readRecord(room.commentMap.get(commentId), commentSchema)
  if (!comment || comment.author.id !== room.user.id) return false
  if (comment.text === trimmed) return true
  return room.transactMap(() => updateRecord(room.commentMap, commentId, { text: trimmed, editedAt: room.now() }))
}
