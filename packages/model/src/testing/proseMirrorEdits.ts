import * as Y from 'yjs'

/**
 * Text edits written to the Y.XmlFragment the way y-prosemirror writes them, so model tests
 * meet the same Yjs items a real editor would leave behind.
 */

/** The paragraph at a block index and its (first) Y.XmlText, created if the paragraph is empty. */
export function paragraphText(fragment: Y.XmlFragment, paragraphIndex: number): Y.XmlText {
  const paragraph = fragment.get(paragraphIndex)
  if (!(paragraph instanceof Y.XmlElement)) throw new Error(`no paragraph at ${paragraphIndex}`)
  const first = paragraph.get(0)
  if (first instanceof Y.XmlText) return first
  const text = new Y.XmlText()
  paragraph.insert(0, [text])
  return text
}

const plain = (text: Y.XmlText): string => Y.Text.prototype.toString.call(text)

/** Types text at an offset inside a paragraph. */
export function typeText(fragment: Y.XmlFragment, paragraphIndex: number, offset: number, text: string): void {
  const doc = fragment.doc!
  doc.transact(() => paragraphText(fragment, paragraphIndex).insert(offset, text))
}

/** Deletes characters inside a paragraph. */
export function deleteText(fragment: Y.XmlFragment, paragraphIndex: number, offset: number, length: number): void {
  const doc = fragment.doc!
  doc.transact(() => paragraphText(fragment, paragraphIndex).delete(offset, length))
}

/**
 * Enter: the first half keeps its Y.XmlText, the text after the caret is deleted from it and
 * re-inserted as new items in a new paragraph after it (ANCHORS.md, "Structure edits").
 */
export function splitParagraph(fragment: Y.XmlFragment, paragraphIndex: number, offset: number): void {
  const doc = fragment.doc!
  doc.transact(() => {
    const text = paragraphText(fragment, paragraphIndex)
    const tail = plain(text).slice(offset)
    if (tail.length > 0) text.delete(offset, tail.length)
    const paragraph = new Y.XmlElement('paragraph')
    if (tail.length > 0) paragraph.insert(0, [new Y.XmlText(tail)])
    fragment.insert(paragraphIndex + 1, [paragraph])
  })
}

/** Backspace at the start of a paragraph: its text is appended to the previous one, and it is deleted. */
export function joinParagraphs(fragment: Y.XmlFragment, previousIndex: number): void {
  const doc = fragment.doc!
  doc.transact(() => {
    const next = fragment.get(previousIndex + 1)
    if (!(next instanceof Y.XmlElement)) throw new Error(`no paragraph at ${previousIndex + 1}`)
    const tail = next.toArray().map((child) => (child instanceof Y.XmlText ? plain(child) : '')).join('')
    if (tail.length > 0) {
      const text = paragraphText(fragment, previousIndex)
      text.insert(plain(text).length, tail)
    }
    fragment.delete(previousIndex + 1, 1)
  })
}

/** The plain text of each paragraph, for finding offsets in tests. */
export function paragraphTexts(fragment: Y.XmlFragment): string[] {
  return fragment.toArray().map((block) =>
    block instanceof Y.XmlElement ? block.toArray().map((child) => (child instanceof Y.XmlText ? plain(child) : '')).join('') : '',
  )
}
