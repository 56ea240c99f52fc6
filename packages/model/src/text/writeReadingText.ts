import * as Y from 'yjs'

/**
 * Writes a plain-text reading into an empty TipTap fragment: one paragraph per non-empty line.
 * Run it on the server only, once per room: seeding from browsers duplicates the text.
 */
export function writeReadingText(fragment: Y.XmlFragment, text: string): void {
  if (fragment.length > 0) throw new Error('writeReadingText: the reading is not empty')
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line.length > 0)
  const paragraphs = lines.map((line) => {
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText(line)])
    return paragraph
  })
  fragment.insert(0, paragraphs)
}
