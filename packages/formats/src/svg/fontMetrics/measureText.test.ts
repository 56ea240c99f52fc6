import { existsSync, readFileSync } from 'node:fs'
import { parse } from 'opentype.js'
import { describe, expect, it } from 'vitest'
import { textWidth } from './measureText'

const fontFile = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'

describe.runIf(existsSync(fontFile))('the DejaVu Sans width table', () => {
  it('measures Latin, Latin-1, Greek, Cyrillic and punctuation as the font file does', () => {
    const buffer = readFileSync(fontFile)
    const font = parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength))
    for (const text of ['The quick brown fox, 1234!', 'Ça déjà vu — “naïve” façade…', 'Ελληνικά κείμενα', 'Русский текст ёЁ', '⚠ passage removed']) {
      const units = Array.from(text).reduce((sum, char) => sum + font.charToGlyph(char).advanceWidth, 0)
      expect(textWidth(text, { size: 13 })).toBeCloseTo((units / font.unitsPerEm) * 13, 3)
    }
  })
})

describe('characters outside the table', () => {
  it('count CJK 1em wide and other scripts at an average width, never zero', () => {
    expect(textWidth('中文', { size: 10 })).toBeCloseTo(20)
    expect(textWidth('ع', { size: 10 })).toBeGreaterThan(3)
  })
})
