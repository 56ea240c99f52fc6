// @vitest-environment happy-dom
import { Editor, type JSONContent } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import { readingFromFile, readingToPlainText, writeReading, type Reading } from '@warrant/formats'
import { buildTextIndex } from '@warrant/model'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ProseMirrorTextIndex } from '../reader/ProseMirrorTextIndex'
import { readingExtensions } from '../reader/readingExtensions'

// The binary fixtures are made by the same helpers that wrote the committed files; apps/web has no Node types.
import { minimalDocx } from '../../../../packages/formats/src/readings/fixtures/minimalDocx'
import { minimalPdf } from '../../../../packages/formats/src/readings/fixtures/minimalPdf'
import crlfText from '../../../../packages/formats/src/readings/fixtures/crlf-bom.txt?raw'
import hostileHtml from '../../../../packages/formats/src/readings/fixtures/hostile.html?raw'
import markdown from '../../../../packages/formats/src/readings/fixtures/reading.md?raw'

const encode = (text: string) => new TextEncoder().encode(text)
const fixtures: Record<string, () => Uint8Array> = {
  'reading.md': () => encode(markdown),
  'hostile.html': () => encode(hostileHtml),
  'small.docx': minimalDocx,
  'two-pages.pdf': minimalPdf,
  'crlf-bom.txt': () => encode(crlfText),
}
const fixture = (name: string) => fixtures[name]!()

const editors: Editor[] = []
afterEach(() => editors.splice(0).forEach((editor) => editor.destroy()))

function bind(fragment: Y.XmlFragment): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...readingExtensions(), Collaboration.configure({ fragment })],
  })
  editors.push(editor)
  return editor
}

/** The Y tree, for comparing what writeReading wrote with what y-prosemirror writes itself. */
function yTree(parent: Y.XmlFragment | Y.XmlElement): unknown[] {
  return parent.toArray().map((child) =>
    child instanceof Y.XmlText ? { delta: child.toDelta() } : child instanceof Y.XmlElement ? { name: child.nodeName, attrs: child.getAttributes(), children: yTree(child) } : { other: String(child) },
  )
}

async function readingOf(name: string): Promise<Reading> {
  return readingFromFile(fixture(name), name)
}

describe('writeReading, with the reader bound to what it wrote', () => {
  for (const name of ['reading.md', 'hostile.html', 'small.docx', 'two-pages.pdf', 'crlf-bom.txt']) {
    it(`writes ${name} as y-prosemirror would, and the editor's text is the anchor text`, async () => {
      const reading = await readingOf(name)
      const written = new Y.Doc().getXmlFragment('content')
      writeReading(written, reading)
      const reader = bind(written)

      // The same JSON, given to an editor on an empty fragment, makes the same Y structure.
      const typed = new Y.Doc().getXmlFragment('content')
      const reference = bind(typed)
      reference.commands.setContent({ type: 'doc', content: reading.blocks as JSONContent[] })
      expect(yTree(written)).toEqual(yTree(typed))
      expect(reader.getJSON()).toEqual(reference.getJSON())

      // Nothing was dropped or re-ordered by the schema on the way in.
      expect(reader.getJSON().content).toEqual(withTipTapDefaults(reading.blocks as JSONContent[]))
      // The anchor serialisation agrees with the reader's (ProseMirror's textBetween) and with readingToPlainText.
      const text = readingToPlainText(reading)
      expect(buildTextIndex(written).text).toBe(text)
      expect(new ProseMirrorTextIndex(reader.state.doc).text).toBe(text)
      // Writing into the fragment did not make the editor write anything back.
      expect(yTree(written)).toEqual(yTree(typed))
    })
  }

  // TipTap's getText() puts a separator before every block, lists and quotes too, so it equals the
  // anchor text only for readings without them; anchors are measured with textBetween, as above.
  for (const name of ['small.docx', 'two-pages.pdf', 'crlf-bom.txt']) {
    it(`gives getText() the anchor text for ${name}, which has no lists or quotes`, async () => {
      const reading = await readingOf(name)
      const fragment = new Y.Doc().getXmlFragment('content')
      writeReading(fragment, reading)
      expect(bind(fragment).getText()).toBe(buildTextIndex(fragment).text)
    })
  }

  it('refuses a fragment that already has text', () => {
    const fragment = new Y.Doc().getXmlFragment('content')
    writeReading(fragment, { blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }] })
    expect(() => writeReading(fragment, { blocks: [{ type: 'paragraph' }] })).toThrow(/not empty/)
  })

  it('keeps the pages of a PDF on the anchor text', async () => {
    const reading = await readingOf('two-pages.pdf')
    const fragment = new Y.Doc().getXmlFragment('content')
    writeReading(fragment, reading)
    const text = buildTextIndex(fragment).text
    expect(reading.pages).toHaveLength(2)
    expect(text.slice(reading.pages![1]!)).toMatch(/^Page two opens/)
  })
})

/** The JSON TipTap gives back: every node attr and mark attr, with defaults. */
function withTipTapDefaults(nodes: JSONContent[]): JSONContent[] {
  return nodes.map((node) => {
    const copy: JSONContent = { ...node }
    if (node.type === 'heading') copy.attrs = { textAlign: undefined, ...node.attrs }
    if (node.type === 'orderedList') copy.attrs = { start: 1, type: null, ...node.attrs }
    if (node.type === 'codeBlock') copy.attrs = { language: null, ...node.attrs }
    if (node.marks) copy.marks = node.marks.map((mark) => (mark.type === 'link' ? { type: 'link', attrs: { target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null, ...mark.attrs } } : mark))
    if (node.content) copy.content = withTipTapDefaults(node.content)
    if (copy.attrs) copy.attrs = Object.fromEntries(Object.entries(copy.attrs).filter(([, value]) => value !== undefined))
    return copy
  })
}
