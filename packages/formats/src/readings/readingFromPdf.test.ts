import { describe, expect, it } from 'vitest'
import { ReadingError } from './ReadingError'
import { minimalPdf } from './fixtures/minimalPdf'
import { readFixture } from './fixtures/readFixture'
import { joinLine } from './pdf/joinLine'
import { paragraphsFromLines } from './pdf/paragraphsFromLines'
import { readingFromPdf } from './readingFromPdf'
import { readingToPlainText } from './readingToPlainText'

describe('readingFromPdf', () => {
  it('joins lines into paragraphs by gaps and indents, removes hyphenation, records page starts', async () => {
    expect(readFixture('two-pages.pdf')).toEqual(minimalPdf())
    const progress: number[] = []
    const reading = await readingFromPdf(readFixture('two-pages.pdf'), { name: 'two-pages.pdf', onProgress: (fraction) => progress.push(fraction) })
    const text = readingToPlainText(reading)
    expect(text).toBe(
      'The first paragraph of the reading runs over three lines of text and it ends with an argument that continues on the next line.\n\n' +
        'A second paragraph says “this” after a gap.\n\n' +
        'Page two opens a third paragraph with an indented first line, as books do.\n\n' +
        'A fourth paragraph is marked by its indent alone, with no extra space between them.',
    )
    expect(reading.pages).toEqual([0, text.indexOf('Page two')])
    expect(reading.title).toBe('Two pages')
    expect(progress).toEqual([0.5, 1])
  })

  it('refuses a truncated or mangled PDF as corrupt, naming the file', async () => {
    const bytes = readFixture('two-pages.pdf')
    for (const broken of [bytes.subarray(0, 40), new TextEncoder().encode('%PDF-1.4\nthis is not a pdf at all')]) {
      const error = await readingFromPdf(broken, { name: 'paper.pdf' }).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ReadingError)
      expect((error as ReadingError).code).toMatch(/corrupt|empty/)
      expect((error as ReadingError).message).toMatch(/^‘paper.pdf’ /)
    }
  })
})

describe('joinLine', () => {
  it('removes a hyphen only where a lowercase word goes on', () => {
    expect(joinLine('an argu-', 'ment')).toBe('an argument')
    expect(joinLine('the Anglo-', 'Saxon')).toBe('the Anglo-Saxon')
    expect(joinLine('from 1990-', '1995')).toBe('from 1990-1995')
    expect(joinLine('Хоро-', 'шо')).toBe('Хорошо')
    expect(joinLine('soft\u00ad', 'ware')).toBe('software')
    expect(joinLine('end.', 'Next')).toBe('end. Next')
    expect(joinLine('中文', '文字')).toBe('中文文字')
  })
})

describe('paragraphsFromLines', () => {
  const line = (text: string, y: number, x = 72, right = 500) => ({ text, x, y, right, fontSize: 12 })
  it('keeps lines of one paragraph together and breaks at a gap, an indent, a font change and a short sentence end', () => {
    const paragraphs = paragraphsFromLines([
      line('one a', 700), line('one b', 686), line('one c.', 672, 72, 200),
      line('two a', 658), line('two b', 644),
      line('three a', 610), line('three b', 596),
      line('four a', 582, 96), line('four b', 568),
      { ...line('Heading', 540), fontSize: 18 },
      line('7', 40, 300, 306),
    ])
    expect(paragraphs.map((paragraph) => paragraph.lines.map((each) => each.text).join(' '))).toEqual(['one a one b one c.', 'two a two b', 'three a three b', 'four a four b', 'Heading'])
  })
})
