import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { buildTextIndex } from './TextIndex'
import { offsetToTypeIndex } from './offsetToTypeIndex'
import { writeReadingText } from './writeReadingText'

function fragmentOf(text: string): Y.XmlFragment {
  const fragment = new Y.Doc().getXmlFragment('content')
  writeReadingText(fragment, text)
  return fragment
}

describe('buildTextIndex', () => {
  it('joins paragraphs with a blank line and drops empty lines, a BOM and CRLF', () => {
    expect(buildTextIndex(fragmentOf('\uFEFFFirst line.\r\n\r\nSecond line.\n')).text).toBe('First line.\n\nSecond line.')
  })

  it('counts a hard break as one newline and an empty paragraph as a separator', () => {
    const fragment = new Y.Doc().getXmlFragment('content')
    const withBreak = new Y.XmlElement('paragraph')
    withBreak.insert(0, [new Y.XmlText('one'), new Y.XmlElement('hardBreak'), new Y.XmlText('two')])
    const quote = new Y.XmlElement('blockquote')
    const inner = new Y.XmlElement('paragraph')
    inner.insert(0, [new Y.XmlText('three')])
    quote.insert(0, [inner])
    fragment.insert(0, [withBreak, new Y.XmlElement('paragraph'), quote])
    expect(buildTextIndex(fragment).text).toBe('one\ntwo\n\n\n\nthree')
  })
})

describe('offsetToTypeIndex', () => {
  const index = buildTextIndex(fragmentOf('alpha\nbeta'))

  it('puts a start at a block end on the next block, and an end at a block start on the previous one', () => {
    expect(offsetToTypeIndex(index, 5, 'start')).toMatchObject({ segment: { start: 7 }, index: 0 })
    expect(offsetToTypeIndex(index, 7, 'end')).toMatchObject({ segment: { start: 0 }, index: 5 })
  })

  it('finds offsets inside a block on both sides', () => {
    expect(offsetToTypeIndex(index, 8, 'start')).toMatchObject({ segment: { start: 7 }, index: 1 })
    expect(offsetToTypeIndex(index, 8, 'end')).toMatchObject({ segment: { start: 7 }, index: 1 })
  })

  it('gives null past the text', () => {
    expect(offsetToTypeIndex(index, 11, 'start')).toBeNull()
    expect(offsetToTypeIndex(index, 0, 'end')).toBeNull()
  })
})
