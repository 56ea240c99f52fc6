import * as Y from 'yjs'
import { type DocName, roomEpochKey, textDocKeys, mapDocKeys, writeReadingText } from '@warrant/model'

/** Writes a reading into the empty content fragment (the formats package's `writeReading`, bound to a file's reading). */
export type ReadingWriter = (content: Y.XmlFragment) => void

/**
 * The first state of a new room's two docs: the reading as paragraphs plus its title, and the
 * room epoch in both `meta` maps. Built here, on the server, once: browsers never seed.
 */
export function initialRoomDocs(title: string, text: string | ReadingWriter, epoch: string): Record<DocName, Uint8Array> {
  const textDoc = new Y.Doc()
  const mapDoc = new Y.Doc()
  try {
    textDoc.transact(() => {
      const content = textDoc.getXmlFragment(textDocKeys.content)
      if (typeof text === 'string') writeReadingText(content, text)
      else text(content)
      const meta = textDoc.getMap(textDocKeys.meta)
      meta.set('title', title)
      meta.set(roomEpochKey, epoch)
    })
    mapDoc.getMap(mapDocKeys.meta).set(roomEpochKey, epoch)
    return { text: Y.encodeStateAsUpdate(textDoc), map: Y.encodeStateAsUpdate(mapDoc) }
  } finally {
    textDoc.destroy()
    mapDoc.destroy()
  }
}
