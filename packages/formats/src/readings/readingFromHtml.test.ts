import { Window } from 'happy-dom'
import { afterAll, describe, expect, it } from 'vitest'
import { readFixture } from './fixtures/readFixture'
import { readingFromHtml } from './readingFromHtml'
import { readingToPlainText } from './readingToPlainText'

const window = new Window({ settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } })
afterAll(() => window.happyDOM.close())

describe('readingFromHtml', () => {
  const reading = readingFromHtml(readFixture('hostile.html'), { window, name: 'hostile.html' })
  const json = JSON.stringify(reading)

  it('leaves no script, style, frame, form, event handler or unsafe link', () => {
    for (const word of ['alert', 'script', 'iframe', 'evil.example', 'onerror', 'onclick', 'javascript', 'data:', 'color: red', 'injected']) expect(json).not.toContain(word)
    expect(reading.warnings).toContain('3 link(s) with an unsafe or relative address were kept as plain text.')
  })

  it('keeps safe links and the text of unsafe ones', () => {
    expect(reading.blocks[1]).toMatchObject({
      content: [{ text: 'Safe ' }, { text: 'link', marks: [{ type: 'link', attrs: { href: 'https://example.org/a' } }] }, { text: ', js link, encoded, data link and ' }, { text: 'mail', marks: [{ type: 'link', attrs: { href: 'mailto:someone@example.org' } }] }, { text: '.' }],
    })
  })

  it('maps the structure to the reader’s blocks and collapses whitespace as a browser does', () => {
    expect(reading.title).toBe('A “hostile” page')
    expect(readingToPlainText(reading)).toBe(
      'Heading\n\nSafe link, js link, encoded, data link and mail.\n\nLoose text in a div\n\nthen a paragraph with bold, italic and code.\n\ntail text\n\none\n\n\n\nnested only\n\nthree\n\nQuoted\n\n  preformatted\n    text\n\nDeep heading\n\nClaim | Kind\n\nA | evidence\n\nLine one\nline two',
    )
    const types = reading.blocks.map((block) => block.type)
    expect(types).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'bulletList', 'orderedList', 'blockquote', 'codeBlock', 'heading', 'paragraph', 'paragraph', 'paragraph'])
    expect(reading.blocks[9]).toMatchObject({ attrs: { level: 3 } })
    expect(reading.blocks[6]).toMatchObject({ attrs: { start: 3 } })
  })

  it('keeps non-Latin scripts and curly quotes, and a first element that is a heading', () => {
    const html = '<h2>Заголовок</h2><p>“Ελληνικά” — العربية 中文</p>'
    const result = readingFromHtml(html, { window })
    expect(result.blocks[0]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Заголовок' }] })
    expect(readingToPlainText(result)).toBe('Заголовок\n\n“Ελληνικά” — العربية 中文')
  })

  it('reads bold and italic from inline styles (pasted Google Docs HTML)', () => {
    const result = readingFromHtml('<p><span style="font-weight:700">B</span><span style="font-style:italic">I</span></p>', { window })
    expect(result.blocks[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'B', marks: [{ type: 'bold' }] }, { type: 'text', text: 'I', marks: [{ type: 'italic' }] }] })
  })
})
