import { describe, expect, it } from 'vitest'
import { kindColors } from '../app/kindColors'
import { colorForId, isPersonColor, personColors } from './personColors'

/** The hue of `#rrggbb` in degrees. */
function hueOf(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number]
  const max = Math.max(r, g, b)
  const range = max - Math.min(r, g, b)
  if (range === 0) return 0
  const sector = max === r ? ((g - b) / range + 6) % 6 : max === g ? (b - r) / range + 2 : (r - g) / range + 4
  return sector * 60
}

const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b))

describe('personColors', () => {
  it('keeps every person colour at least 20° of hue from each kind colour', () => {
    for (const person of personColors) {
      for (const [kind, colors] of Object.entries(kindColors)) {
        expect(hueDistance(hueOf(person), hueOf(colors.border)), `${person} against ${kind} ${colors.border}`).toBeGreaterThanOrEqual(20)
      }
    }
  })

  it('gives an id the same palette colour every time', () => {
    expect(colorForId('person-1')).toBe(colorForId('person-1'))
    expect(personColors).toContain(colorForId('someone else'))
  })

  it('takes only palette colours, so an old stored or announced kind colour falls back to the id colour', () => {
    expect(isPersonColor(personColors[0])).toBe(true)
    expect(isPersonColor(personColors[0].toUpperCase())).toBe(true)
    expect(isPersonColor('#2563eb')).toBe(false)
    expect(isPersonColor('#123456')).toBe(false)
    expect(isPersonColor(42)).toBe(false)
  })
})
