import type { Room } from '../Room'

export function deleteLinks(room: Room, linkIds: Iterable<string>): void {
  const ids = [...linkIds].filter((id) => room.linkMap.has(id))
  if (ids.length === 0) return
  room.transactMap(() => {
    for (const id of ids) room.linkMap.delete(id)
  })
}
