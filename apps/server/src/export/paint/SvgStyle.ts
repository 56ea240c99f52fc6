/** The presentation attributes the painter draws with, as the element inherits and sets them. */
export interface SvgStyle {
  fill: string
  stroke: string
  strokeWidth: number
  strokeDasharray: number[]
  fontFamily: string
  fontSize: number
  fontWeight: string
  letterSpacing: number
  markerEnd: string | null
  preserveSpace: boolean
}

/** SVG's initial values. */
export const initialSvgStyle: SvgStyle = {
  fill: '#000000',
  stroke: 'none',
  strokeWidth: 1,
  strokeDasharray: [],
  fontFamily: 'sans-serif',
  fontSize: 16,
  fontWeight: 'normal',
  letterSpacing: 0,
  markerEnd: null,
  preserveSpace: false,
}

/** A length in user units: a number, or one in px. */
export function svgLength(value: string, name: string): number {
  const number = Number(value.endsWith('px') ? value.slice(0, -2) : value)
  if (!Number.isFinite(number)) throw new Error(`the PNG painter cannot read ${name}="${value}"`)
  return number
}

/** A paint the canvas takes as it is: a colour or none. Gradients, patterns and currentColor are not drawn. */
function paint(value: string, name: string): string {
  if (/^(url\(|currentcolor|context-|inherit)/i.test(value.trim())) throw new Error(`the PNG painter does not draw ${name}="${value}"`)
  return value.trim()
}

/** Attributes that say nothing about how an element looks. */
const inert = /^(class|id|role|xmlns(:.*)?|data-.*|aria-.*)$/

/**
 * The style an element draws with: its parent's, with what its own attributes set. `geometry`
 * names the element's own non-style attributes (x, d, transform…); any other attribute is one the
 * painter does not know, which throws rather than leaving it out of the picture.
 */
export function inheritSvgStyle(parent: SvgStyle, attributes: Record<string, string>, geometry: ReadonlySet<string>): SvgStyle {
  const style = { ...parent }
  for (const [name, value] of Object.entries(attributes)) {
    switch (name) {
      case 'fill':
        style.fill = paint(value, name)
        break
      case 'stroke':
        style.stroke = paint(value, name)
        break
      case 'stroke-width':
        style.strokeWidth = svgLength(value, name)
        break
      case 'stroke-dasharray':
        style.strokeDasharray = value === 'none' ? [] : value.split(/[\s,]+/).filter(Boolean).map((part) => svgLength(part, name))
        break
      case 'font-family':
        style.fontFamily = value
        break
      case 'font-size':
        style.fontSize = svgLength(value, name)
        break
      case 'font-weight':
        style.fontWeight = value
        break
      case 'letter-spacing':
        style.letterSpacing = value === 'normal' ? 0 : svgLength(value, name)
        break
      case 'marker-end':
        style.markerEnd = value === 'none' ? null : (/^url\(#([^)]+)\)$/.exec(value)?.[1] ?? paint(value, name))
        break
      case 'xml:space':
        style.preserveSpace = value === 'preserve'
        break
      default:
        if (!geometry.has(name) && !inert.test(name)) throw new Error(`the PNG painter does not know the attribute ${name}`)
    }
  }
  return style
}
