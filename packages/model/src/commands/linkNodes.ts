import type { Room } from '../Room'
import { LINK_SCHEMA_VERSION, type LinkKind, targetsJunction } from '../records/Link'
import { recordToYMap } from '../records/readRecord'
import { updateRecord } from '../records/updateRecord'

export interface LinkNodesInput {
  source: string
  /** A node, or for `premise` and `undercuts` a junction. */
  target: string
  kind: LinkKind
}

/**
 * Links a statement to another statement (supports, attacks, rephrases) or to a junction (as
 * one of its premises, or undercutting its inference). A second link in the same direction
 * changes the kind of the first instead. Returns the link id, or null when the link cannot
 * exist (an end missing or of the wrong sort, a node linked to itself, a premise of its own
 * conclusion).
 */
export function linkNodes(room: Room, { source, target, kind }: LinkNodesInput): string | null {
  const snapshot = room.getSnapshot()
  if (source === target || !snapshot.nodes.has(source)) return null
  if (targetsJunction(kind)) {
    const junction = snapshot.junctions.get(target)
    if (!junction || (kind === 'premise' && junction.conclusion === source)) return null
  } else if (!snapshot.nodes.has(target)) return null
  const existing = snapshot.linkList.find((link) => link.source === source && link.target === target)
  // Kinds into a junction and between statements do not turn into each other.
  if (existing && targetsJunction(existing.kind) !== targetsJunction(kind)) return null
  return room.transactMap(() => {
    if (existing) {
      updateRecord(room.linkMap, existing.id, { kind })
      return existing.id
    }
    return writeLink(room, { source, target, kind })
  })
}

/** Writes a link inside the caller's transaction. */
export function writeLink(room: Room, { source, target, kind }: LinkNodesInput): string {
  const id = room.createId()
  room.linkMap.set(id, recordToYMap({ v: LINK_SCHEMA_VERSION, id, kind, source, target, author: room.user, createdAt: room.now() }))
  return id
}
