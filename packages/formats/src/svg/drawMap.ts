import type { LinkKind, MapSnapshot } from '@warrant/model'
import { drawJunction, junctionCentre, junctionRadius } from './drawJunction'
import { drawLink } from './drawLink'
import { drawNodeCard } from './drawNodeCard'
import { drawText } from './drawText'
import { escapeXml } from './escapeXml'
import { exportFontFamily, type TextStyle, textWidth } from './fontMetrics/measureText'
import { legend as buildLegend } from './drawLegend'
import { type NodeCardLayout, layoutNodeCard } from './layoutNodeCard'
import { type Point, linkGeometry } from './linkPath'
import { linkMarkers } from './linkMarkers'
import { inkColors } from './mapPalette'
import { nodeCardStyle } from './nodeCardStyle'
import { svgNumber as n } from './svgNumber'
import { wrapText } from './wrapText'

export interface MapToSvgOptions {
  /** Printed above the map. */
  readonly title?: string
  /** A key to node kinds, link kinds (and the orphan mark) below the map. */
  readonly legend?: boolean
  /** Ids of nodes whose passage is gone from the text (`getAnchorLayout().byNode` status `orphaned`). */
  readonly orphaned?: ReadonlySet<string>
  /** Multiplies the output's width and height (the drawing keeps its coordinates). Default 1. */
  readonly scale?: number
}

const margin = 24
const titleStyle: TextStyle = { size: 20, bold: true }
const titleLineHeight = 28
const gap = 16
const minWidth = 320

/** A drawn element of the map and the rows it covers, in map coordinates. */
interface Drawn {
  readonly top: number
  readonly bottom: number
  readonly markup: string
}

/** How far past its rows an element is still kept in a band: strokes, shadows and arrowheads. */
const bandOverlap = 16

/** The map drawn once, at scale 1 `width` × `height`, to be written out whole or in strips. */
export interface MapDrawing {
  readonly width: number
  readonly height: number
  /** Rows `top` … `bottom` (the whole drawing by default) as a standalone SVG document. */
  svg(top?: number, bottom?: number): string
}

/**
 * The whole map (every node, not a viewport) drawn from the model: escaped text only, no
 * scripts, no foreignObject, no external references. Its documents are whole pixels times
 * `scale`, so a rasteriser at that size gives an exact PNG size; a strip of rows holds only the
 * elements that reach into it (`mapToSvgBands`).
 */
export function drawMap(snapshot: MapSnapshot, options: MapToSvgOptions = {}): MapDrawing {
  const orphaned = options.orphaned ?? new Set<string>()
  const scale = options.scale ?? 1
  const layouts = new Map<string, NodeCardLayout>()
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  const include = (x: number, y: number) => {
    minX = Math.min(minX, x)
    minY = Math.min(minY, y)
    maxX = Math.max(maxX, x)
    maxY = Math.max(maxY, y)
  }
  for (const node of snapshot.nodeList) {
    const layout = layoutNodeCard(node, orphaned.has(node.id))
    layouts.set(node.id, layout)
    include(node.position.x, node.position.y)
    include(node.position.x + layout.width, node.position.y + layout.height)
  }
  const half = nodeCardStyle.width / 2
  const overhang = nodeCardStyle.handleOverhang
  /** Where links leave a statement (its top handle) or a junction (the top of its dot). */
  const sourcePoint = (id: string): Point | null => {
    const node = snapshot.nodes.get(id)
    return node ? { x: node.position.x + half, y: node.position.y - overhang } : null
  }
  /** Where links arrive at a statement (its bottom handle) or a junction (the bottom of its dot). */
  const targetPoint = (id: string): Point | null => {
    const node = snapshot.nodes.get(id)
    const layout = layouts.get(id)
    if (node && layout) return { x: node.position.x + half, y: node.position.y + layout.height + overhang }
    const junction = snapshot.junctions?.get(id)
    if (!junction) return null
    const centre = junctionCentre(junction)
    return { x: centre.x, y: centre.y + junctionRadius }
  }
  const links: Drawn[] = []
  const addCurve = (id: string, kind: LinkKind, start: Point | null, end: Point | null) => {
    if (!start || !end) return
    const curve = linkGeometry(start, end)
    // A Bézier stays inside the hull of its control points.
    const hull = [curve.start, curve.control1, curve.control2, curve.end]
    for (const point of hull) include(point.x, point.y)
    const ys = hull.map((point) => point.y)
    links.push({ top: Math.min(...ys), bottom: Math.max(...ys), markup: drawLink(id, kind, curve) })
  }
  const junctions: Drawn[] = []
  for (const junction of snapshot.junctionList ?? []) {
    const centre = junctionCentre(junction)
    include(centre.x - junctionRadius, centre.y - junctionRadius)
    include(centre.x + junctionRadius, centre.y + junctionRadius)
    addCurve(`${junction.id}-conclusion`, 'supports', { x: centre.x, y: centre.y - junctionRadius }, targetPoint(junction.conclusion))
    junctions.push({ top: centre.y - junctionRadius, bottom: centre.y + junctionRadius, markup: drawJunction(junction) })
  }
  for (const link of snapshot.linkList) addCurve(link.id, link.kind, sourcePoint(link.source), targetPoint(link.target))
  const linkKindsShown = new Set<LinkKind>(snapshot.linkList.map((link) => link.kind))
  if (snapshot.nodeList.length === 0) {
    minX = minY = 0
    maxX = minWidth - 2 * margin
    maxY = 40
  }

  const mapWidth = maxX - minX
  const mapHeight = maxY - minY
  const title = options.title?.trim() ?? ''
  const titleLines = title ? wrapText(title, Math.max(mapWidth, 600), titleStyle) : []
  const key = options.legend ? buildLegend([...layouts.values()].some((layout) => layout.orphan !== null), linkKindsShown) : null
  const titleWidth = Math.max(0, ...titleLines.map((line) => textWidth(line, titleStyle)))
  const width = Math.ceil(Math.max(mapWidth, key?.width ?? 0, titleWidth, minWidth - 2 * margin) + 2 * margin)
  const titleHeight = titleLines.length > 0 ? titleLines.length * titleLineHeight + gap : 0
  const legendHeight = key ? gap + key.height : 0
  const height = Math.ceil(margin + titleHeight + mapHeight + legendHeight + margin)
  const mapLeft = margin - minX
  const mapTop = margin + titleHeight - minY

  const legendTop = margin + titleHeight + mapHeight + gap
  const nodes: Drawn[] = snapshot.nodeList.map((node) => {
    const layout = layouts.get(node.id)!
    return { top: node.position.y - overhang, bottom: node.position.y + layout.height + overhang, markup: drawNodeCard(node, layout, node.position.x, node.position.y) }
  })

  const svg = (top = 0, bottom = height): string => {
    // Map elements are kept when they reach into the rows (strokes and arrowheads included).
    const shown = (element: Drawn) => element.bottom + mapTop + bandOverlap >= top && element.top + mapTop - bandOverlap <= bottom
    const keep = (elements: readonly Drawn[]) => elements.filter(shown).map((element) => element.markup).join('')
    const parts = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width * scale)}" height="${n((bottom - top) * scale)}" viewBox="0 ${top} ${width} ${bottom - top}" font-family="${exportFontFamily}" role="img">`,
      `<title>${escapeXml(title || 'Argument map')}</title>`,
      `<defs>${linkMarkers()}</defs>`,
      `<rect width="${width}" height="${height}" fill="${inkColors.paper}"/>`,
    ]
    if (titleLines.length > 0 && top < margin + titleHeight) {
      parts.push(drawText(titleLines.map((text, index) => ({ text, x: margin, y: margin + index * titleLineHeight + 21 })), titleStyle, inkColors.text, ' class="map-title"'))
    }
    if (snapshot.nodeList.length === 0) {
      parts.push(drawText([{ text: 'This map has no nodes yet.', x: margin, y: margin + titleHeight + 24 }], { size: 14 }, inkColors.author))
    }
    parts.push(`<g class="map" transform="translate(${n(mapLeft)} ${n(mapTop)})">`, `<g class="links">${keep(links)}</g>`, `<g class="junctions">${keep(junctions)}</g>`, `<g class="nodes">${keep(nodes)}</g>`, '</g>')
    if (key && bottom > legendTop - bandOverlap) parts.push(key.draw(margin, legendTop))
    parts.push('</svg>')
    return parts.join('')
  }
  return { width, height, svg }
}
