import { buildTextIndex } from '@warrant/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readFixture } from './fixtures/readFixture'
import { readingFromText } from './readingFromText'
import { readingToPlainText } from './readingToPlainText'
import { writeReading } from './writeReading'

const roundTrip = (input: Uint8Array | string) => {
  const fragment = new Y.Doc().getXmlFragment('content')
  writeReading(fragment, readingFromText(input))
  return buildTextIndex(fragment).text
}

describe('readingFromText', () => {
  it('reads UTF-8 with a BOM and CRLF, reflowing wrapped lines, keeping curly quotes and non-Latin scripts', () => {
    const reading = readingFromText(readFixture('crlf-bom.txt'), 'crlf-bom.txt')
    expect(readingToPlainText(reading)).toBe('On “Readings”\n\nThe first paragraph was wrapped by the writer at a short width.\n\nРусский ελληνικά العربية 中文。')
    expect(reading.warnings).toEqual([])
  })

  it('makes one paragraph per line when the text has no blank line (pasted text, the {title, text} API)', () => {
    expect(roundTrip('First line.\r\nSecond line.\rThird line.')).toBe('First line.\n\nSecond line.\n\nThird line.')
  })

  it('splits paragraphs on blank lines, even lines holding only spaces', () => {
    expect(roundTrip('One\ntwo\n   \nThree\n\n\n\nfour')).toBe('One two\n\nThree\n\nfour')
  })

  it('reads UTF-16 with a BOM, and Windows-1252 with a warning', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('Ελλάδα “x”', (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat()])
    expect(readingToPlainText(readingFromText(utf16))).toBe('Ελλάδα “x”')
    const cp1252 = readingFromText(new Uint8Array([0x93, 0x51, 0x94, 0x20, 0xe9]), 'old.txt')
    expect(readingToPlainText(cp1252)).toBe('“Q” é')
    expect(cp1252.warnings[0]).toMatch(/‘old.txt’ is not valid UTF-8/)
  })

  it('drops control characters', () => {
    expect(roundTrip('a\u0000b\u0007c')).toBe('abc')
  })
})
