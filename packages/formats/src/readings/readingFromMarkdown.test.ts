import { describe, expect, it } from 'vitest'
import { readFixture } from './fixtures/readFixture'
import { readingFromMarkdown } from './readingFromMarkdown'
import { readingToPlainText } from './readingToPlainText'

describe('readingFromMarkdown', () => {
  const reading = readingFromMarkdown(readFixture('reading.md'), 'reading.md')

  it('maps headings, emphasis, code, links, lists, quotes, rules and code blocks', () => {
    const types = reading.blocks.map((block) => block.type)
    expect(types.slice(0, 6)).toEqual(['heading', 'paragraph', 'blockquote', 'orderedList', 'codeBlock', 'horizontalRule'])
    expect(reading.title).toBe('On Disagreement')
    expect(reading.blocks[1]).toMatchObject({
      content: [
        { text: 'This is ' },
        { text: 'not', marks: [{ type: 'bold' }] },
        { text: ' a concession; it is ' },
        { text: 'a “reply”', marks: [{ type: 'italic' }] },
        { text: ' with ' },
        { text: 'code', marks: [{ type: 'code' }] },
        { text: ' and a ' },
        { text: 'link', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] },
        { text: '. A soft line break joins, and a hard one' },
        { type: 'hardBreak' },
        { text: 'breaks.' },
      ],
    })
    expect(reading.blocks[3]).toMatchObject({ type: 'orderedList', content: [{}, { content: [{ type: 'paragraph' }, { type: 'bulletList' }] }] })
    expect(reading.blocks[4]).toEqual({ type: 'codeBlock', attrs: { language: 'js' }, content: [{ type: 'text', text: 'const x = 1' }] })
  })

  it('turns table rows into paragraphs, keeps non-Latin text and puts footnotes at the end', () => {
    const text = readingToPlainText(reading)
    expect(text).toContain('Claim | Support\n\nA | B')
    expect(text).toContain('Русский, ελληνικά, العربية, 中文。[1]')
    expect(text.endsWith('[1] A footnote.')).toBe(true)
  })

  it('keeps the text of unsafe and relative links, drops raw HTML, and says so', () => {
    expect(readingToPlainText(reading)).toContain('unsafe and relative and raw html.')
    expect(JSON.stringify(reading)).not.toContain('javascript')
    expect(reading.warnings).toEqual(['2 piece(s) of raw HTML in the Markdown were left out.', '2 link(s) with an unsafe or relative address were kept as plain text.'])
  })

  it('starts an ordered list where the Markdown does', () => {
    expect(readingFromMarkdown('3. three\n4. four').blocks[0]).toMatchObject({ type: 'orderedList', attrs: { start: 3 } })
  })
})
