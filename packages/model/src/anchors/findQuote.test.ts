import { describe, expect, it } from 'vitest'
import { findQuote } from './findQuote'

const quoteIn = (text: string, exact: string, at = text.indexOf(exact)) => ({
  exact,
  prefix: text.slice(Math.max(0, at - 32), at),
  suffix: text.slice(at + exact.length, at + exact.length + 32),
})

describe('findQuote', () => {
  it('finds a quote that occurs once with its context', () => {
    const text = 'The cat sat on the mat while the dog slept.'
    expect(findQuote(text, quoteIn(text, 'sat on the mat'), 0)).toEqual({ start: 8, end: 22 })
  })

  it('gives null for a quote that is not in the text, or an empty one', () => {
    const text = 'The cat sat on the mat.'
    expect(findQuote(text, { exact: 'the dog', prefix: '', suffix: '' }, 0)).toBeNull()
    expect(findQuote(text, { exact: '', prefix: '', suffix: '' }, 0)).toBeNull()
  })

  it('gives null for a quote that occurs twice with the same context, wherever the hint points', () => {
    const passage = 'Long ago it was said that the cat sat there, and nobody argued.'
    const text = `${passage}\n\n${passage}`
    const quote = quoteIn(passage, 'cat sat')
    const first = text.indexOf('cat sat')
    const second = text.indexOf('cat sat', first + 1)
    expect(findQuote(text, quote, first + 3)).toBeNull()
    expect(findQuote(text, quote, second + 3)).toBeNull()
    expect(findQuote(text, quote, text.length)).toBeNull()
    expect(findQuote(text, { exact: 'cat sat', prefix: '', suffix: '' }, first + 1)).toBeNull()
  })

  it('takes the one of equally fitting candidates that starts exactly where the quote was', () => {
    const passage = 'Long ago it was said that the cat sat there, and nobody argued.'
    const text = `${passage}\n\n${passage}`
    const second = text.indexOf('cat sat', text.indexOf('cat sat') + 1)
    expect(findQuote(text, quoteIn(passage, 'cat sat'), second)).toEqual({ start: second, end: second + 7 })
  })

  it('chooses the occurrence whose prefix and suffix agree, even far from the hint', () => {
    const text = 'First the cat sat on a mat. Later, far away, the cat sat on a throne of gold.'
    const second = text.lastIndexOf('the cat sat')
    const quote = quoteIn(text, 'the cat sat', second)
    expect(findQuote(text, quote, 0)).toEqual({ start: second, end: second + 11 })
    const first = text.indexOf('the cat sat')
    expect(findQuote(text, quoteIn(text, 'the cat sat', first), text.length)).toEqual({ start: first, end: first + 11 })
  })

  it('chooses by suffix when the prefixes are alike', () => {
    const text = 'He said no to the plan. He said no to the war.'
    const quote = { exact: 'said no', prefix: 'He ', suffix: ' to the war.' }
    expect(findQuote(text, quote, 0)).toEqual({ start: 27, end: 34 })
  })

  it('does not take a short unique quote whose context disagrees', () => {
    const text = 'Something else entirely surrounds the word here.'
    const quote = { exact: 'word', prefix: 'a completely different lead-in ', suffix: ' and another tail' }
    expect(findQuote(text, quote, 0)).toBeNull()
  })

  it('does not take a long quote whose context disagrees when it occurs twice', () => {
    const text = 'x: a long enough quote here; y: a long enough quote here; z.'
    const quote = { exact: 'a long enough quote here', prefix: 'unrelated ', suffix: ' unrelated' }
    expect(findQuote(text, quote, 0)).toBeNull()
  })

  it('takes a long unique quote even when its context disagrees', () => {
    const text = 'New surroundings: a long enough quote here, and new words after.'
    const quote = { exact: 'a long enough quote here', prefix: 'the old lead-in ', suffix: ' the old tail' }
    const at = text.indexOf(quote.exact)
    expect(findQuote(text, quote, 0)).toEqual({ start: at, end: at + quote.exact.length })
  })

  it('counts context that differs only in whitespace, as after a paragraph split or join, as agreeing', () => {
    const before = 'The opening words of it all.\n\nShort'
    const quote = quoteIn(`${before} end.`, 'Short')
    const joined = 'The opening words of it all.Short end.'
    expect(findQuote(joined, quote, 0)).toEqual({ start: 28, end: 33 })
    const split = 'The opening words\n\nof it all.\n\nShort end.'
    expect(findQuote(split, quote, 0)).toEqual({ start: 31, end: 36 })
  })
})
