import type { Junction } from '@warrant/model'
import { drawText } from './drawText'
import { escapeXml } from './escapeXml'
import { linkPalette } from './mapPalette'
import { svgNumber as n } from './svgNumber'

/** Radius of the dot that stands for an inference. */
export const junctionRadius = 7

/** The map draws a junction in a 28-pixel box whose top-left corner is its position. */
const junctionBox = 28

/** Where the dot's centre is: the middle of the junction's box on the map. */
export function junctionCentre(junction: Pick<Junction, 'position'>): { x: number; y: number } {
  return { x: junction.position.x + junctionBox / 2, y: junction.position.y + junctionBox / 2 }
}

/** An inference: a dot its premises run into, with its scheme's name beside it. */
export function drawJunction(junction: Junction): string {
  const { x, y } = junctionCentre(junction)
  const color = linkPalette.supports.color
  const scheme = junction.scheme?.trim()
  return (
    `<g class="junction" data-junction-id="${escapeXml(junction.id)}">` +
    `<circle cx="${n(x)}" cy="${n(y)}" r="${junctionRadius}" fill="#ffffff" stroke="${color}" stroke-width="2"/>` +
    (scheme ? drawText([{ text: scheme, x: x + junctionRadius + 6, y: y + 4 }], { size: 11 }, color) : '') +
    '</g>'
  )
}
