import { roomTokenParam } from '@warrant/model'
import { knownRoom, rememberRoom } from './knownRooms'

/**
 * The token to open a room with. A token in the address (`/r/<id>?token=…`) is stored for later
 * visits and taken out of the address bar, so it is not shared by a screenshot or a copied URL;
 * without one, the token this browser stored before.
 */
export function takeRoomToken(roomId: string, location: Location = window.location, history: History = window.history): string | null {
  const url = new URL(location.href)
  const fromUrl = url.searchParams.get(roomTokenParam)
  if (fromUrl) {
    rememberRoom(roomId, { token: fromUrl })
    url.searchParams.delete(roomTokenParam)
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`)
    return fromUrl
  }
  return knownRoom(roomId)?.token ?? null
}
