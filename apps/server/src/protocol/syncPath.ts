import { type DocName, docNames, isRoomId, roomTokenParam, savedAckParam } from '@warrant/model'

export interface SyncTarget {
  room: string
  doc: DocName
  /** The client asked for saved acknowledgements (`?ack=1`). */
  ack: boolean
  /** The room token (`?token=`), checked before anything loads; null when absent. */
  token: string | null
}

const syncPathPattern = /^\/sync\/([^/]+)\/([a-z]+)$/

/** Parses `/sync/<room>/<doc>?ack=1`; null for anything the server must refuse. */
export function parseSyncPath(requestUrl: string): SyncTarget | null {
  // Parsed by hand: `new URL('//host/sync/…', base)` would read a host out of the path.
  const queryStart = requestUrl.indexOf('?')
  const pathname = queryStart === -1 ? requestUrl : requestUrl.slice(0, queryStart)
  const query = new URLSearchParams(queryStart === -1 ? '' : requestUrl.slice(queryStart + 1))
  const match = syncPathPattern.exec(pathname)
  if (match === null) return null
  const [, room, doc] = match
  if (room === undefined || !isRoomId(room) || !isDocName(doc)) return null
  return { room, doc, ack: query.get(savedAckParam) === '1', token: query.get(roomTokenParam) }
}

function isDocName(value: string | undefined): value is DocName {
  return (docNames as readonly string[]).includes(value ?? '')
}
