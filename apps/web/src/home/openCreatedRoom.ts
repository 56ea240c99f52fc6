import { type CreatedRoom, roomTokenParam } from '@warrant/model'
import { rememberRoom } from '../access/knownRooms'

/**
 * Remembers a room this browser just created — its owner token and all four links, so the Share
 * dialog has them even offline — and opens it as its owner, on this page's own origin.
 */
export function openCreatedRoom(room: CreatedRoom, title: string): void {
  const owner = new URL(room.links.owner, window.location.href)
  const token = owner.searchParams.get(roomTokenParam)
  if (token) rememberRoom(room.id, { token, role: 'owner', title, epoch: room.epoch, lastOpened: Date.now(), links: room.links })
  window.location.assign(`${owner.pathname}${owner.search}`)
}
