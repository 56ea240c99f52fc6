import type { LinkKind } from '@warrant/model'
import { escapeXml } from './escapeXml'
import type { LinkGeometry } from './linkPath'
import { exportMarkerId } from './linkMarkers'
import { linkPalette } from './mapPalette'
import { svgNumber as n } from './svgNumber'

/** One link's curve, coloured and headed by kind. */
export function drawLink(id: string, kind: LinkKind, curve: LinkGeometry): string {
  const d = `M${n(curve.start.x)},${n(curve.start.y)} C${n(curve.control1.x)},${n(curve.control1.y)} ${n(curve.control2.x)},${n(curve.control2.y)} ${n(curve.end.x)},${n(curve.end.y)}`
  const marker = exportMarkerId(kind)
  const end = marker ? ` marker-end="url(#${marker})"` : ''
  const color = linkPalette[kind]?.color ?? linkPalette.supports.color
  return `<path class="link link-${escapeXml(kind)}" data-link-id="${escapeXml(id)}" d="${d}" fill="none" stroke="${color}" stroke-width="2"${end}/>`
}
