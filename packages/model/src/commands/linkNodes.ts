import type { Room } from '../Room'
import { LINK_SCHEMA_VERSION, type LinkKind } from '../records/Link'
import { recordToYMap } from '../records/readRecord'
import { updateRecord } from '../records/updateRecord'

export interface LinkNodesInput {
  source: string
  target: string
  kind: LinkKind
}

/**
 * Links two nodes: the source supports or attacks the target. A second link in the same
 * direction changes the kind of the first instead. Returns the link id, or null when the
 * link cannot exist (a node missing, or a node linked to itself).
 */
export function linkNodes(room: Room, { source, target, kind }: LinkNodesInput): string | null {
  const snapshot = room.getSnapshot()
  if (source === target || !snapshot.nodes.has(source) || !snapshot.nodes.has(target)) return null
  const existing = snapshot.linkList.find((link) => link.source === source && link.target === target)
  return room.transactMap(() => {
    if (existing) {
      updateRecord(room.linkMap, existing.id, { kind })
      return existing.id
    }
    const id = room.createId()
    room.linkMap.set(id, recordToYMap({ v: LINK_SCHEMA_VERSION, id, kind, source, target, author: room.user, createdAt: room.now() }))
    return id
  })
}
