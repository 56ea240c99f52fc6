import { describe, expect, it } from 'vitest'
import { snapToWords } from './snapToWords'

const text = 'Deputy Minister Sergei Ryabkov told the newspaper.'
const span = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const
const quoted = ({ start, end }: { start: number; end: number }) => text.slice(start, end)

describe('snapToWords', () => {
  it('widens a selection that cuts words at either end to the whole words', () => {
    expect(quoted(snapToWords(text, ...span('ister Sergei Ryabkov to')))).toBe('Minister Sergei Ryabkov told')
  })

  it('leaves a selection on word boundaries as it is', () => {
    expect(quoted(snapToWords(text, ...span('Sergei Ryabkov')))).toBe('Sergei Ryabkov')
  })

  it('does not swallow punctuation after the last word', () => {
    expect(quoted(snapToWords(text, ...span('newspap')))).toBe('newspaper')
  })

  it('keeps a selection inside one word to that word', () => {
    expect(quoted(snapToWords(text, ...span('abko')))).toBe('Ryabkov')
  })
})
