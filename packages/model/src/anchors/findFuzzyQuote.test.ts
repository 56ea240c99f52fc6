import { describe, expect, it } from 'vitest'
import { findFuzzyQuote } from './findFuzzyQuote'
import { placeQuote } from './placeQuote'

const quote = (exact: string, prefix = '', suffix = '') => ({ exact, prefix, suffix })
const reading = 'The committee met on Tuesday. It decided that the new library should open in spring, after the repairs. Nobody objected.'

describe('findFuzzyQuote', () => {
  it('finds words a few edits away from the quote', () => {
    const match = findFuzzyQuote(reading, quote('the new libary should open in spring'), 40)
    expect(match).not.toBeNull()
    expect(reading.slice(match!.start, match!.end)).toBe('the new library should open in spring')
    expect(match!.distance).toBe(1)
  })

  it('finds words with a changed word far from the hint when the window reaches', () => {
    const match = findFuzzyQuote(reading, quote('It decided that the old library should open'), 0)
    expect(reading.slice(match!.start, match!.end)).toBe('It decided that the new library should open')
  })

  it('gives null when the words differ by more than a tenth', () => {
    expect(findFuzzyQuote(reading, quote('the old archive must close in autumn'), 40)).toBeNull()
  })

  it('refuses short quotes, where a few edits make other words', () => {
    expect(findFuzzyQuote(reading, quote('Tuesdey'), 20)).toBeNull()
  })

  it('gives null for two equally close places that context cannot tell apart', () => {
    const text = 'First: the river floods every spring. Second: the river floods every spring.'
    expect(findFuzzyQuote(text, quote('the river flods every spring'), 0)).toBeNull()
  })

  it('takes the place whose context agrees when two are equally close', () => {
    const text = 'First: the river floods every spring. Second: the river floods every spring.'
    const match = findFuzzyQuote(text, quote('the river flods every spring', 'Second: ', '.'), 0)
    expect(match!.start).toBe(text.lastIndexOf('the river'))
  })

  it('does not search outside the window around the hint', () => {
    const text = `${'x'.repeat(10_000)} the new libary should open ${'y'.repeat(100)}`
    expect(findFuzzyQuote(text, quote('the new library should open'), 0, 500)).toBeNull()
    expect(findFuzzyQuote(text, quote('the new library should open'), 10_000, 500)).not.toBeNull()
  })
})

describe('placeQuote', () => {
  it('prefers the exact words, then fuzzy ones near the hint', () => {
    expect(placeQuote(reading, quote('the new library'), 40)).toMatchObject({ how: 'exact' })
    expect(placeQuote(reading, quote('the new libary should open'), 40)).toMatchObject({ how: 'fuzzy' })
  })

  it('refuses repeated exact words that context cannot decide, and fuzzy search without a hint', () => {
    const text = 'the cat sat here today. the cat sat here today.'
    expect(placeQuote(text, quote('the cat sat here'), null)).toBeNull()
    expect(placeQuote(reading, quote('the new libary should open'), null)).toBeNull()
  })
})
