import * as Y from 'yjs'
import { Room } from '../Room'
import { writeReadingText } from '../text/writeReadingText'

export interface TestRoomOptions {
  text?: string
  user?: { id: string; name: string }
  textDoc?: Y.Doc
  mapDoc?: Y.Doc
}

/** A room with predictable ids ("<user>-1", "<user>-2", …) and a clock that ticks once per call. */
export function createTestRoom({ text, user = { id: 'ada', name: 'Ada' }, textDoc, mapDoc }: TestRoomOptions = {}): Room {
  let ids = 0
  let clock = 1000
  const room = new Room({ user, textDoc: textDoc ?? new Y.Doc(), mapDoc: mapDoc ?? new Y.Doc(), createId: () => `${user.id}-${++ids}`, now: () => clock++ })
  if (text !== undefined && room.content.length === 0) room.textDoc.transact(() => writeReadingText(room.content, text))
  return room
}

/** The plain-text span of the first occurrence of some words; throws when they are missing. */
export function spanOf(room: Room, words: string, occurrence = 0): { start: number; end: number } {
  const text = room.getAnchorLayout().index.text
  let start = -1
  for (let n = 0; n <= occurrence; n++) start = text.indexOf(words, start + 1)
  if (start < 0) throw new Error(`spanOf: no "${words}" in the reading`)
  return { start, end: start + words.length }
}
