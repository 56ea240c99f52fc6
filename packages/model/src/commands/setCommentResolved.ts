import type { Room } from '../Room'
import { commentSchema } from '../records/Comment'
import { readRecord } from '../records/readRecord'
import { updateRecord } from '../records/updateRecord'

/** Resolves or reopens the thread a comment belongs to (the flag lives on its root). Anyone in the room may. */
export function setCommentResolved(room: Room, commentId: string, resolved: boolean): boolean {
  const comment = readRecord(room.commentMap.get(commentId), commentSchema)
  if (!comment) return false
  const rootId = comment.parent ?? comment.id
  if (!readRecord(room.commentMap.get(rootId), commentSchema)) return false
  return room.transactMap(() => updateRecord(room.commentMap, rootId, { resolved }))
}
