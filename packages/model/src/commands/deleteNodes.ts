import * as Y from 'yjs'
import type { Room } from '../Room'

/**
 * Deletes nodes and junctions in one step, with what hangs on them: their links and anchors,
 * and the junctions whose conclusion goes. Links made concurrently to something deleted are
 * left to the snapshot's invariants, which hide them on every peer alike.
 */
export function deleteNodes(room: Room, ids: Iterable<string>): void {
  const nodes = new Set<string>()
  const junctions = new Set<string>()
  for (const id of ids) {
    if (room.nodeMap.has(id)) nodes.add(id)
    else if (room.junctionMap.has(id)) junctions.add(id)
  }
  if (nodes.size === 0 && junctions.size === 0) return
  const field = (value: unknown, key: string) => (value instanceof Y.Map ? (value.get(key) as unknown) : undefined)
  room.transactMap(() => {
    for (const [id, value] of room.junctionMap.entries()) if (nodes.has(field(value, 'conclusion') as string)) junctions.add(id)
    const gone = (id: unknown) => nodes.has(id as string) || junctions.has(id as string)
    for (const id of nodes) room.nodeMap.delete(id)
    for (const id of junctions) room.junctionMap.delete(id)
    for (const [id, value] of room.linkMap.entries()) if (gone(field(value, 'source')) || gone(field(value, 'target'))) room.linkMap.delete(id)
    for (const [id, value] of room.anchorMap.entries()) if (gone(field(value, 'nodeId'))) room.anchorMap.delete(id)
  })
}
