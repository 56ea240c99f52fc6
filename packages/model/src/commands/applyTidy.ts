import type { Room } from '../Room'
import { mapDocKeys } from '../docNames'
import { type NodeMove, moveNodes } from './moveNodes'

/**
 * Where a tidy left a node or junction, and what sat directly above it then (the statements it
 * supports or answers, the argument it is a premise of): a link added or removed since changes
 * that, and the node is placed again.
 */
export type Place = { readonly x: number; readonly y: number; readonly above: readonly string[] }

/**
 * Writes a tidy in one step: the moves, and where the tidy left every node and junction it laid
 * out (moved or kept). The next tidy keeps in place whatever is still where this one put it and
 * places only what is new or was moved by hand since (see `tidiedPlaces`).
 */
export function applyTidy(room: Room, moves: readonly NodeMove[], places: ReadonlyMap<string, Place>): void {
  room.transactMap(() => {
    moveNodes(room, moves)
    const tidied = room.mapDoc.getMap<Place>(mapDocKeys.tidied)
    // Forget what no longer exists, so the record does not outgrow the map.
    for (const id of Array.from(tidied.keys())) if (!room.nodeMap.has(id) && !room.junctionMap.has(id)) tidied.delete(id)
    for (const [id, place] of places) {
      if (!Number.isFinite(place.x) || !Number.isFinite(place.y)) continue
      const above = [...place.above].sort()
      const last = tidied.get(id)
      if (last?.x !== place.x || last.y !== place.y || last.above?.join('\n') !== above.join('\n')) tidied.set(id, { x: place.x, y: place.y, above })
    }
  })
}
