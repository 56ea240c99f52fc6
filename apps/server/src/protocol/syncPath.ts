import { docNames, type DocName } from './docNames'
import { savedAckParam } from './savedMessage'

export interface SyncTarget {
  room: string
  doc: DocName
  /** The client asked for saved acknowledgements (`?ack=1`). */
  ack: boolean
}

const syncPathPattern = /^\/sync\/([A-Za-z0-9_-]{1,64})\/([a-z]+)$/

/** Parses `/sync/<room>/<doc>?ack=1`; null for anything the server must refuse. */
export function parseSyncPath(requestUrl: string): SyncTarget | null {
  let url: URL
  try {
    url = new URL(requestUrl, 'http://localhost')
  } catch {
    return null
  }
  const match = syncPathPattern.exec(url.pathname)
  if (match === null) return null
  const [, room, doc] = match
  if (room === undefined || !isDocName(doc)) return null
  return { room, doc, ack: url.searchParams.get(savedAckParam) === '1' }
}

function isDocName(value: string | undefined): value is DocName {
  return (docNames as readonly string[]).includes(value ?? '')
}
