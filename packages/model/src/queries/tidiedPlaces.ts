import type { Room } from '../Room'
import type { Place } from '../commands/applyTidy'
import { mapDocKeys } from '../docNames'

/** Where the last tidy left each node and junction (any person's tidy: the record is in the map doc). */
export function tidiedPlaces(room: Room): ReadonlyMap<string, Place> {
  const places = new Map<string, Place>()
  for (const [id, value] of room.mapDoc.getMap<unknown>(mapDocKeys.tidied)) {
    // Written by any client: keep only well-formed places.
    const place = value as Partial<Place> | null
    if (typeof place?.x !== 'number' || typeof place.y !== 'number' || !Number.isFinite(place.x) || !Number.isFinite(place.y)) continue
    const above = Array.isArray(place.above) ? place.above.filter((each): each is string => typeof each === 'string') : []
    places.set(id, { x: place.x, y: place.y, above })
  }
  return places
}
