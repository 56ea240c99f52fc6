import type { Room } from '../Room'
import type { LinkKind } from '../records/Link'
import { updateRecord } from '../records/updateRecord'

export function setLinkKind(room: Room, linkId: string, kind: LinkKind): boolean {
  return room.transactMap(() => updateRecord(room.linkMap, linkId, { kind }))
}
