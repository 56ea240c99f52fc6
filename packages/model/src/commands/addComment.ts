import type { Room } from '../Room'
import { COMMENT_SCHEMA_VERSION, commentSchema, maxCommentLength } from '../records/Comment'
import { readRecord, recordToYMap } from '../records/readRecord'

export interface AddCommentInput {
  /** A node id or an anchor id; ignored for a reply, which goes where its thread is. */
  on: string
  text: string
  /** The comment replied to; a reply to a reply joins the thread of its root. */
  parent?: string | null
}

/**
 * Writes a comment by the room's user. Returns its id, or null when there is nothing to write
 * (empty or too long a text), the target is not on the map, or the comment replied to is gone.
 */
export function addComment(room: Room, { on, text, parent = null }: AddCommentInput): string | null {
  const trimmed = text.trim()
  if (!trimmed || trimmed.length > maxCommentLength) return null
  let target = on
  let root: string | null = null
  if (parent !== null) {
    const replied = readRecord(room.commentMap.get(parent), commentSchema)
    if (!replied) return null
    root = replied.parent ?? replied.id
    target = replied.on
  }
  const snapshot = room.getSnapshot()
  if (!snapshot.nodes.has(target) && !snapshot.anchors.has(target)) return null
  return room.transactMap(() => {
    const id = room.createId()
    const comment = { v: COMMENT_SCHEMA_VERSION, id, on: target, parent: root, text: trimmed, resolved: false, author: room.user, createdAt: room.now() }
    room.commentMap.set(id, recordToYMap(comment))
    return id
  })
}
