import { Window } from 'happy-dom'
import { afterAll, describe, expect, it } from 'vitest'
import { ReadingError } from './ReadingError'
import { minimalDocx } from './fixtures/minimalDocx'
import { readFixture } from './fixtures/readFixture'
import { readingFromDocx } from './readingFromDocx'
import { readingToPlainText } from './readingToPlainText'

const window = new Window()
afterAll(() => window.happyDOM.close())

describe('readingFromDocx', () => {
  it('reads the committed fixture (and the helper still writes the same bytes)', async () => {
    expect(readFixture('small.docx')).toEqual(minimalDocx())
    const reading = await readingFromDocx(readFixture('small.docx'), { window, name: 'small.docx' })
    expect(reading.title).toBe('On Disagreement')
    expect(reading.blocks[0]).toEqual({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'On Disagreement' }] })
    expect(reading.blocks[1]).toMatchObject({ content: [{ text: 'This is ' }, { text: 'not', marks: [{ type: 'bold' }] }, { text: ' a concession; it is ' }, { text: 'a “reply”', marks: [{ type: 'italic' }] }, { text: '.' }] })
    expect(readingToPlainText(reading)).toContain('Русский текст, ελληνικά, العربية, 中文。')
    expect(reading.blocks[3]).toMatchObject({ content: [{ text: 'See ' }, { text: 'the source', marks: [{ type: 'link', attrs: { href: 'https://example.org/source' } }] }, { text: ' and this trap.' }] })
    expect(JSON.stringify(reading)).not.toContain('javascript')
  })

  it("keeps mammoth's warnings", async () => {
    const reading = await readingFromDocx(readFixture('small.docx'), { window, name: 'small.docx' })
    expect(reading.warnings).toContain("‘small.docx’: Unrecognised paragraph style: 'House Aside' (Style ID: HouseAside)")
  })

  it('refuses a truncated .docx as corrupt, naming the file', async () => {
    const bytes = readFixture('small.docx')
    const error = await readingFromDocx(bytes.subarray(0, bytes.length / 2), { window, name: 'essay.docx' }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ReadingError)
    expect(error).toMatchObject({ code: 'corrupt', message: expect.stringMatching(/^‘essay.docx’ is not a readable Word document: /) })
  })
})
