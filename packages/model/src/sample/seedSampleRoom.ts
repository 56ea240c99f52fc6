import type * as Y from 'yjs'
import { Room } from '../Room'
import { textDocKeys } from '../docNames'
import { addNodeFromSpan } from '../commands/addNodeFromSpan'
import { linkNodes } from '../commands/linkNodes'
import { writeReadingText } from '../text/writeReadingText'
import { sampleLinks, sampleNodes } from './sampleMap'

export const sampleRoomId = 'sample'
const sampleAuthor = { id: 'warrant-sample', name: 'Warrant sample' }
const sampleTime = Date.UTC(2013, 3, 5)
const sampleReadingMeta = {
  title: 'A ray of hope in US-Russia relations?',
  author: 'Associate Fellow, Observer Research Foundation, Delhi',
  source: 'Observer Research Foundation, published on 5 April 2013',
}

/**
 * Builds the sample room: the reading, and a worked map whose nodes are anchored to it.
 * Server-side only, once: the caller persists both docs.
 */
export function seedSampleRoom(textDoc: Y.Doc, mapDoc: Y.Doc, readingText: string): void {
  const room = new Room({ textDoc, mapDoc, user: sampleAuthor, now: () => sampleTime })
  try {
    textDoc.transact(() => {
      writeReadingText(room.content, readingText)
      const meta = textDoc.getMap(textDocKeys.meta)
      for (const [key, value] of Object.entries(sampleReadingMeta)) meta.set(key, value)
    })
    const text = room.getAnchorLayout().index.text
    const ids = new Map<string, string>()
    for (const node of sampleNodes) {
      const start = text.indexOf(node.quote)
      if (start < 0) throw new Error(`seedSampleRoom: the reading has no "${node.quote}"`)
      const id = addNodeFromSpan(room, { kind: node.kind, start, end: start + node.quote.length, position: node.position })
      if (id) ids.set(node.key, id)
    }
    for (const link of sampleLinks) {
      linkNodes(room, { source: ids.get(link.source)!, target: ids.get(link.target)!, kind: link.kind })
    }
  } finally {
    room.dispose()
  }
}
