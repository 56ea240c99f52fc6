import { accessCloseCodes } from '@warrant/model'
import type { AccessProblemKind } from './AccessCheck'

export interface AccessMessage {
  title: string
  body: string
}

/** What the full-page message says for each reason a room does not open. */
export const accessProblemMessages: Record<AccessProblemKind, AccessMessage> = {
  noToken: {
    title: 'You need a link to open this room — ask its owner',
    body: 'Rooms open only from the link their owner shares. Open the link you were sent, or ask the room’s owner for one.',
  },
  invalid: {
    title: 'This link does not open the room',
    body: 'The link is incomplete or was not made for this server. Ask the room’s owner for a new link.',
  },
  expired: {
    title: 'This link has expired',
    body: 'Links can be made to stop working after a while. Ask the room’s owner for a new one.',
  },
  revoked: {
    title: 'This link no longer opens the room',
    body: 'The owner revoked it, or it belongs to another room. Ask the room’s owner for a new link.',
  },
  noRoom: {
    title: 'There is no such room',
    body: 'It may have been deleted, or the address is mistyped.',
  },
}

/** Why a session that was open has ended, by the server's close code. */
export function accessEndedMessage(code: number): AccessMessage {
  switch (code) {
    case accessCloseCodes.revoked:
      return { title: 'Your link to this room was revoked', body: 'The owner revoked the link you opened this room with. Ask them for a new link to continue.' }
    case accessCloseCodes.expired:
      return { title: 'Your link to this room has expired', body: 'Ask the room’s owner for a new link to continue.' }
    case accessCloseCodes.roomGone:
      return { title: 'This room was deleted', body: 'The room no longer exists on the server.' }
    default:
      return { title: 'The server closed this room for you', body: 'Your access to this room has ended.' }
  }
}
