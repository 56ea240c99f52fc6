import * as Y from 'yjs'
import type { Room } from '../Room'

/**
 * Deletes nodes with their links and anchors in one step. Links made concurrently to a deleted
 * node are left to the snapshot's invariants, which hide them on every peer alike.
 */
export function deleteNodes(room: Room, nodeIds: Iterable<string>): void {
  const ids = new Set([...nodeIds].filter((id) => room.nodeMap.has(id)))
  if (ids.size === 0) return
  const refersToDeleted = (value: unknown, ...keys: string[]) =>
    value instanceof Y.Map && keys.some((key) => ids.has(value.get(key) as string))
  room.transactMap(() => {
    for (const id of ids) room.nodeMap.delete(id)
    for (const [id, value] of room.linkMap.entries()) if (refersToDeleted(value, 'source', 'target')) room.linkMap.delete(id)
    for (const [id, value] of room.anchorMap.entries()) if (refersToDeleted(value, 'nodeId')) room.anchorMap.delete(id)
  })
}
