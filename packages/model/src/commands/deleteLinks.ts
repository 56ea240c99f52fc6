import * as Y from 'yjs'
import type { Room } from '../Room'

const directionOf = (value: unknown): string | null =>
  value instanceof Y.Map ? `${String(value.get('source'))}\u0000${String(value.get('target'))}` : null

/**
 * Deletes links in one step. A link made concurrently in the same direction is hidden behind
 * the one shown (see deriveMapSnapshot); it goes too, or deleting a link would seem to fail.
 */
export function deleteLinks(room: Room, linkIds: Iterable<string>): void {
  const ids = [...linkIds].filter((id) => room.linkMap.has(id))
  if (ids.length === 0) return
  const directions = new Set(ids.map((id) => directionOf(room.linkMap.get(id))))
  room.transactMap(() => {
    for (const [id, value] of room.linkMap.entries()) {
      if (ids.includes(id) || directions.has(directionOf(value))) room.linkMap.delete(id)
    }
  })
}
