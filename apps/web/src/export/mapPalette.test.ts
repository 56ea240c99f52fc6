import { linkPalette, nodePalette } from '@warrant/formats'
import { nodeKinds } from '@warrant/model'
import { describe, expect, it } from 'vitest'
import { kindColors, kindLabels, linkColors } from '../app/kindColors'

describe('the export palette', () => {
  it('is the map palette: node fills, borders, label colours and names by kind', () => {
    for (const kind of nodeKinds) {
      expect(nodePalette[kind]).toEqual({ background: kindColors[kind].background, border: kindColors[kind].border, text: kindColors[kind].text, label: kindLabels[kind] })
    }
  })

  it('draws links in the map colours', () => {
    for (const [kind, color] of Object.entries(linkColors)) expect(linkPalette[kind as keyof typeof linkPalette].color).toBe(color)
  })
})
