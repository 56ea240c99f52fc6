import { type Canvas, type SKRSContext2D, Path2D, createCanvas } from '@napi-rs/canvas'
import { SaxesParser } from 'saxes'
import { applySvgTransform } from './applySvgTransform'
import { pathEnd } from './pathEnd'
import { type SvgStyle, inheritSvgStyle, initialSvgStyle, svgLength } from './SvgStyle'

/** What each element the painter draws may carry besides style; anything else throws. */
const geometry: Record<string, ReadonlySet<string>> = {
  svg: new Set(['width', 'height', 'viewBox']),
  g: new Set(['transform']),
  defs: new Set(),
  marker: new Set(['viewBox', 'refX', 'refY', 'markerWidth', 'markerHeight', 'markerUnits', 'orient']),
  rect: new Set(['x', 'y', 'width', 'height', 'rx', 'ry', 'transform']),
  circle: new Set(['cx', 'cy', 'r', 'transform']),
  path: new Set(['d', 'transform']),
  text: new Set(['x', 'y', 'transform']),
  tspan: new Set(['x', 'y']),
}
/** Elements that hold words for people, not for the picture. */
const unseen = new Set(['title', 'desc', 'metadata'])

interface Shape {
  name: string
  attributes: Record<string, string>
  style: SvgStyle
}

interface Marker {
  viewBox: number[]
  refX: number
  refY: number
  width: number
  height: number
  byStrokeWidth: boolean
  /** Radians, or null to turn with the path (`orient="auto"`). */
  orient: number | null
  shapes: Shape[]
}

interface Open {
  name: string
  style: SvgStyle
  saved: boolean
}

const numbers = (value: string | undefined, name: string) => (value ?? '').trim().split(/[\s,]+/).filter(Boolean).map((part) => svgLength(part, name))
const length = (attributes: Record<string, string>, name: string, fallback = 0) => (attributes[name] === undefined ? fallback : svgLength(attributes[name], name))

/**
 * An export drawing (packages/formats' SVG: cards, links with arrowheads, text lines, legend)
 * painted onto a Skia canvas `scale` times its size. Skia draws text from a glyph cache, where
 * resvg fills every glyph's outline again: a 500-node map's strip takes a fifth of the time
 * (BENCHMARKS.md). The painter draws the elements and attributes that vocabulary uses (`geometry`,
 * `SvgStyle`) and throws on any other, so a picture never silently lacks part of the drawing.
 * The SVG is read by saxes, a strict XML parser: malformed markup is an error, not a guess.
 */
export function paintSvg(svg: string, scale: number): Canvas {
  let canvas: Canvas | null = null
  let context: SKRSContext2D | null = null
  const markers = new Map<string, Marker>()
  let marker: Marker | null = null
  const stack: Open[] = []
  let skipping = 0
  /** Where the next run of text starts; `after` is the last run drawn, measured only if a run follows it without an x. */
  const pen: { x: number; y: number; after: { run: string; font: string; spacing: string } | null } = { x: 0, y: 0, after: null }

  const draw = (ctx: SKRSContext2D, { name, attributes, style }: Shape) => {
    const saved = attributes.transform !== undefined
    if (saved) {
      ctx.save()
      applySvgTransform(ctx, attributes.transform!)
    }
    let path: Path2D | null = null
    if (name === 'rect') {
      const [x, y, width, height] = [length(attributes, 'x'), length(attributes, 'y'), length(attributes, 'width'), length(attributes, 'height')]
      if (width > 0 && height > 0) {
        const rx = Math.min(length(attributes, 'rx', length(attributes, 'ry')), width / 2)
        const ry = Math.min(length(attributes, 'ry', length(attributes, 'rx')), height / 2)
        path = new Path2D()
        if (rx > 0 && ry > 0) path.roundRect(x, y, width, height, [{ x: rx, y: ry }])
        else path.rect(x, y, width, height)
      }
    } else if (name === 'circle') {
      const r = length(attributes, 'r')
      if (r > 0) {
        path = new Path2D()
        path.arc(length(attributes, 'cx'), length(attributes, 'cy'), r, 0, 2 * Math.PI)
      }
    } else if (name === 'path' && attributes.d) path = new Path2D(attributes.d)
    if (path) {
      if (style.fill !== 'none') {
        ctx.fillStyle = style.fill
        ctx.fill(path)
      }
      if (style.stroke !== 'none' && style.strokeWidth > 0) {
        ctx.strokeStyle = style.stroke
        ctx.lineWidth = style.strokeWidth
        ctx.setLineDash(style.strokeDasharray)
        ctx.stroke(path)
      }
      if (name === 'path' && style.markerEnd) drawMarkerEnd(ctx, attributes.d!, style)
    }
    if (saved) ctx.restore()
  }

  const drawMarkerEnd = (ctx: SKRSContext2D, d: string, style: SvgStyle) => {
    const found = markers.get(style.markerEnd!)
    if (!found) throw new Error(`the PNG painter found no marker #${style.markerEnd}`)
    const end = pathEnd(d)
    if (!end) return
    const [, , boxWidth = found.width, boxHeight = found.height] = found.viewBox
    // The marker's reference point lands on the path's end; its box keeps its aspect (xMidYMid meet).
    const units = found.byStrokeWidth ? style.strokeWidth : 1
    const zoom = Math.min((found.width * units) / boxWidth, (found.height * units) / boxHeight)
    ctx.save()
    ctx.translate(end.x, end.y)
    ctx.rotate(found.orient ?? end.angle)
    ctx.scale(zoom, zoom)
    ctx.translate(-found.refX, -found.refY)
    for (const shape of found.shapes) draw(ctx, shape)
    ctx.restore()
  }

  const drawText = (text: string, style: SvgStyle) => {
    const ctx = context!
    const run = style.preserveSpace ? text.replace(/[\r\n\t]/g, ' ') : text.replace(/[\r\n]+/g, '').replace(/\s+/g, ' ').trim()
    if (run === '') return
    if (style.stroke !== 'none') throw new Error('the PNG painter does not stroke text')
    if (pen.after) {
      ctx.font = pen.after.font
      ctx.letterSpacing = pen.after.spacing
      pen.x += ctx.measureText(pen.after.run).width
    }
    const font = `${style.fontWeight === 'bold' || Number(style.fontWeight) >= 600 ? 'bold ' : ''}${style.fontSize}px ${style.fontFamily}`
    const spacing = `${style.letterSpacing}px`
    ctx.font = font
    ctx.letterSpacing = spacing
    if (style.fill !== 'none') {
      ctx.fillStyle = style.fill
      ctx.fillText(run, pen.x, pen.y)
    }
    pen.after = { run, font, spacing }
  }

  const parser = new SaxesParser({ position: false })
  parser.on('opentag', ({ name, attributes: raw }) => {
    const attributes = raw as Record<string, string>
    if (skipping > 0 || unseen.has(name)) {
      skipping++
      return
    }
    const parent = stack.at(-1)
    if (!parent && name !== 'svg') throw new Error('an SVG document starts with <svg>')
    const known = geometry[name]
    if (!known) throw new Error(`the PNG painter does not draw <${name}>`)
    const style = inheritSvgStyle(parent?.style ?? initialSvgStyle, attributes, known)
    if (!parent) {
      const width = length(attributes, 'width')
      const height = length(attributes, 'height')
      const [x = 0, y = 0, boxWidth = width, boxHeight = height] = numbers(attributes.viewBox, 'viewBox')
      canvas = createCanvas(Math.round(width * scale), Math.round(height * scale))
      context = canvas.getContext('2d')
      context.miterLimit = 4
      // The view box fits whole and centred (SVG's default xMidYMid meet).
      const zoom = Math.min((width * scale) / boxWidth, (height * scale) / boxHeight)
      context.translate((width * scale - boxWidth * zoom) / 2, (height * scale - boxHeight * zoom) / 2)
      context.scale(zoom, zoom)
      context.translate(-x, -y)
      stack.push({ name, style, saved: false })
      return
    }
    if (name === 'svg') throw new Error('the PNG painter does not draw an <svg> inside another')
    if (name === 'marker') {
      if (parent.name !== 'defs') throw new Error('a <marker> belongs in <defs>')
      if (!attributes.id) throw new Error('a <marker> needs an id')
      const orient = attributes.orient ?? '0'
      marker = {
        viewBox: numbers(attributes.viewBox, 'viewBox'),
        refX: length(attributes, 'refX'),
        refY: length(attributes, 'refY'),
        width: length(attributes, 'markerWidth', 3),
        height: length(attributes, 'markerHeight', 3),
        byStrokeWidth: (attributes.markerUnits ?? 'strokeWidth') === 'strokeWidth',
        orient: orient === 'auto' ? null : (svgLength(orient.replace(/deg$/, ''), 'orient') * Math.PI) / 180,
        shapes: [],
      }
      markers.set(attributes.id, marker)
    } else if (marker) {
      if (name !== 'rect' && name !== 'circle' && name !== 'path') throw new Error(`the PNG painter does not draw <${name}> in a marker`)
      marker.shapes.push({ name, attributes, style })
    } else if (parent.name === 'defs') {
      throw new Error(`the PNG painter does not draw <${name}> in <defs>`)
    }
    const drawing = !marker && parent.name !== 'defs' && name !== 'defs'
    const saved = drawing && (name === 'g' || name === 'text') && attributes.transform !== undefined
    if (saved) {
      context!.save()
      applySvgTransform(context!, attributes.transform!)
    }
    if (drawing && (name === 'text' || name === 'tspan')) {
      if (name === 'tspan' && parent.name !== 'text') throw new Error('a <tspan> belongs in <text>')
      if (attributes.x !== undefined || name === 'text') {
        pen.x = length(attributes, 'x')
        pen.after = null
      }
      if (attributes.y !== undefined || name === 'text') pen.y = length(attributes, 'y')
    } else if (drawing && name !== 'g') draw(context!, { name, attributes, style })
    stack.push({ name, style, saved })
  })
  parser.on('text', (text) => {
    const open = stack.at(-1)
    if (skipping > 0 || !open) return
    if (open.name === 'text' || open.name === 'tspan') drawText(text, open.style)
    else if (text.trim() !== '') throw new Error(`the PNG painter found text in <${open.name}>`)
  })
  parser.on('closetag', ({ name }) => {
    if (skipping > 0) {
      skipping--
      return
    }
    const open = stack.pop()!
    if (open.saved) context!.restore()
    if (name === 'marker') marker = null
  })
  parser.on('error', (error) => {
    throw error
  })
  parser.write(svg).close()
  if (!canvas) throw new Error('the SVG holds no <svg> element')
  return canvas
}
