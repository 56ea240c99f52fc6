import { describe, expect, it } from 'vitest'
import { textWidth } from './fontMetrics/measureText'
import { wrapText } from './wrapText'

const style = { size: 13 }

describe('wrapText', () => {
  it('breaks between words, never past the width, and loses no word', () => {
    const text = 'it also throws open a window of opportunity for the US and Russia to restart the "reset" to their relations'
    const lines = wrapText(text, 213, style)
    expect(lines.length).toBe(4)
    for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(213)
    expect(lines.join(' ')).toBe(text)
  })

  it('breaks at newlines, keeping blank lines', () => {
    expect(wrapText('one\n\ntwo', 213, style)).toEqual(['one', '', 'two'])
  })

  it('breaks a word longer than the line between characters', () => {
    const lines = wrapText('x'.repeat(100), 100, style)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe('x'.repeat(100))
    for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(100)
  })

  it('breaks after the hyphen of a compound, as browsers do', () => {
    expect(wrapText('land-based', textWidth('land-bas', style), style)).toEqual(['land-', 'based'])
  })

  it('breaks CJK text between characters, counting them 1em wide', () => {
    const lines = wrapText('中文的论点中文的论点中文的论点中文的论点', 13 * 8, style)
    expect(lines).toEqual(['中文的论点中文的', '论点中文的论点中', '文的论点'])
  })

  it('gives no line for an empty text', () => {
    expect(wrapText('', 213, style)).toEqual([])
  })
})
