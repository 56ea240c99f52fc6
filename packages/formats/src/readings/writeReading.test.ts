import { buildTextIndex } from '@warrant/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Reading } from './Reading'
import { readingFromMarkdown } from './readingFromMarkdown'
import { readingFromText } from './readingFromText'
import { readingToPlainText } from './readingToPlainText'
import { writeReading } from './writeReading'

const written = (reading: Reading) => {
  const fragment = new Y.Doc().getXmlFragment('content')
  writeReading(fragment, reading)
  return fragment
}

describe('writeReading', () => {
  it('stores marks as y-prosemirror does: one Y.XmlText per run, marks as formatting attributes', () => {
    const fragment = written(readingFromMarkdown('**B** *i* [l](https://x.org/) `c`  \nnext'))
    const paragraph = fragment.get(0) as Y.XmlElement
    expect(paragraph.nodeName).toBe('paragraph')
    expect((paragraph.get(0) as Y.XmlText).toDelta()).toEqual([
      { insert: 'B', attributes: { bold: {} } },
      { insert: ' ' },
      { insert: 'i', attributes: { italic: {} } },
      { insert: ' ' },
      { insert: 'l', attributes: { link: { href: 'https://x.org/', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null } } },
      { insert: ' ' },
      { insert: 'c', attributes: { code: {} } },
    ])
    expect((paragraph.get(1) as Y.XmlElement).nodeName).toBe('hardBreak')
    expect((paragraph.get(2) as Y.XmlText).toString()).toBe('next')
  })

  it('stores node attrs as attributes (numbers stay numbers)', () => {
    const fragment = written(readingFromMarkdown('## Two\n\n1. a\n\n```py\nx\n```'))
    expect((fragment.get(0) as Y.XmlElement).getAttributes()).toEqual({ level: 2 })
    expect((fragment.get(1) as Y.XmlElement).getAttributes()).toEqual({ start: 1 })
    expect((fragment.get(2) as Y.XmlElement).getAttributes()).toEqual({ language: 'py' })
  })

  it('round-trips text → reading → Y fragment → text index', () => {
    const source = 'Title “quoted”\n\nΑυτό είναι ένα\nπαράδειγμα.\n\nЭто пример. هذا مثال. 这是一个例子。'
    const reading = readingFromText(source)
    expect(buildTextIndex(written(reading)).text).toBe('Title “quoted”\n\nΑυτό είναι ένα παράδειγμα.\n\nЭто пример. هذا مثال. 这是一个例子。')
    const markdown = readingFromMarkdown('# H\n\n> q\n\n- a\n- b\n\n---\n\nend')
    expect(buildTextIndex(written(markdown)).text).toBe(readingToPlainText(markdown))
  })

  it('writes in one transaction and refuses a fragment that is not empty', () => {
    const doc = new Y.Doc()
    const fragment = doc.getXmlFragment('content')
    let changes = 0
    fragment.observeDeep(() => changes++)
    let updates = 0
    doc.on('update', () => updates++)
    writeReading(fragment, readingFromText('a\n\nb'))
    expect([changes, updates]).toEqual([1, 1])
    expect(() => writeReading(fragment, readingFromText('c'))).toThrow(/not empty/)
  })
})
