import { Window } from 'happy-dom'
import { afterAll, describe, expect, it } from 'vitest'
import { ReadingError, type ReadingErrorCode } from './ReadingError'
import { readFixture } from './fixtures/readFixture'
import { zipStored } from './fixtures/zipStored'
import { readReadingFile, readingFromFile } from './readingFromFile'
import { maxReadingFileBytes } from './readingLimits'
import { readingToPlainText } from './readingToPlainText'

const window = new Window()
afterAll(() => window.happyDOM.close())

const read = (bytes: Uint8Array, name: string, mime?: string) => readingFromFile(bytes, name, mime, undefined, { window })
const encode = (text: string) => new TextEncoder().encode(text)

async function failure(bytes: Uint8Array, name: string, mime?: string): Promise<ReadingError> {
  const error = await read(bytes, name, mime).then(
    () => null,
    (caught: unknown) => caught,
  )
  if (!(error instanceof ReadingError)) throw new Error(`expected a ReadingError, got ${String(error)}`)
  return error
}

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])

describe('readingFromFile', () => {
  it('picks the converter by extension, MIME type and magic bytes', async () => {
    expect((await read(readFixture('two-pages.pdf'), 'renamed.txt')).pages).toHaveLength(2)
    expect((await read(readFixture('small.docx'), 'noextension')).blocks[0]?.type).toBe('heading')
    expect((await read(readFixture('reading.md'), 'upload', 'text/markdown')).blocks[0]?.type).toBe('heading')
    expect((await read(encode('<!DOCTYPE html><p>Hi <b>there</b></p>'), 'page')).blocks[0]).toMatchObject({ content: [{ text: 'Hi ' }, { text: 'there' }] })
    expect(readingToPlainText(await read(encode('<p>not html</p>'), 'notes.txt'))).toBe('<p>not html</p>')
  })

  it('reports progress from 0 to 1', async () => {
    const progress: number[] = []
    await readingFromFile(readFixture('two-pages.pdf'), 'two-pages.pdf', undefined, (fraction) => progress.push(fraction))
    expect(progress).toEqual([0, 0.5, 1, 1])
  })

  it('leaves HTML for a DOM when run without one (the worker path)', async () => {
    const result = await readReadingFile(readFixture('small.docx'), 'small.docx')
    expect(result).toMatchObject({ kind: 'html', format: 'docx', html: expect.stringContaining('<h1>On Disagreement</h1>') })
  })

  const cases: [string, () => Uint8Array, string, ReadingErrorCode, RegExp][] = [
    ['an empty file', () => new Uint8Array(), 'empty.txt', 'empty', /^‘empty.txt’ is empty\.$/],
    ['whitespace only', () => encode(' \n\t\n '), 'blank.md', 'empty', /^‘blank.md’ has no text to read\.$/],
    ['a file over 20 MB', () => new Uint8Array(maxReadingFileBytes + 1), 'huge.txt', 'too-large', /^‘huge.txt’ is too large: 20 MB, more than the limit of 20 MB\.$/],
    ['a 10 MB single line', () => encode('x'.repeat(10 * 1024 * 1024)), 'line.txt', 'too-long', /^‘line.txt’ is too long: .* the limit of 2,000,000 characters of text\.$/],
    ['a PNG renamed .pdf', () => png, 'paper.pdf', 'unsupported', /^‘paper.pdf’ is a PNG image, not a PDF\.$/],
    ['a PNG renamed .txt', () => png, 'notes.txt', 'unsupported', /^‘notes.txt’ is a PNG image, not a text file\.$/],
    ['text renamed .pdf', () => encode('just words'), 'paper.pdf', 'corrupt', /^‘paper.pdf’ is not a readable PDF: it does not start with a PDF header\.$/],
    ['text renamed .docx', () => encode('just words'), 'essay.docx', 'corrupt', /^‘essay.docx’ is not a readable Word document/],
    ['a truncated PDF', () => readFixture('two-pages.pdf').subarray(0, 200), 'paper.pdf', 'corrupt', /^‘paper.pdf’ is not a readable PDF: /],
    ['a truncated .docx', () => readFixture('small.docx').subarray(0, 900), 'essay.docx', 'corrupt', /^‘essay.docx’ is not a readable Word document: /],
    ['a ZIP that is not a .docx', () => zipStored({ 'hello.txt': 'hi' }), 'essay.docx', 'corrupt', /^‘essay.docx’ is not a readable Word document: /],
    ['an old .doc', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.doc', 'unsupported', /old Word \(\.doc\)/],
    ['binary data named .txt', () => new Uint8Array([0x41, 0, 0x42, 0, 0x43, 0x01, 0x02]), 'data.txt', 'unsupported', /^‘data.txt’ is not a text file: it contains binary data\.$/],
    ['HTML with only a script', () => encode('<script>alert(1)</script><iframe src="x"></iframe>'), 'trap.html', 'empty', /^‘trap.html’ has no text to read\.$/],
  ]
  for (const [what, bytes, name, code, message] of cases) {
    it(`refuses ${what} with a message naming the file`, async () => {
      const error = await failure(bytes(), name)
      expect(error.code).toBe(code)
      expect(error.message).toMatch(message)
    })
  }

  it('refuses more than 2 million characters of text across many paragraphs', async () => {
    const paragraph = `${'word '.repeat(200)}\n\n`
    expect((await failure(encode(paragraph.repeat(2100)), 'book.txt')).code).toBe('too-long')
  })
})
