import type { SKRSContext2D } from '@napi-rs/canvas'

const step = /\s*(translate|scale|rotate|matrix)\s*\(([^)]*)\)\s*,?/y

/** Multiplies the context's transform by an SVG `transform` list (translate, scale, rotate, matrix). */
export function applySvgTransform(context: SKRSContext2D, transform: string): void {
  step.lastIndex = 0
  let read = 0
  for (let match = step.exec(transform); match; match = step.exec(transform)) {
    read = step.lastIndex
    const values = match[2]!.trim().split(/[\s,]+/).map(Number)
    if (values.some((value) => !Number.isFinite(value))) break
    const [a = 0, b, c, d, e, f] = values
    if (match[1] === 'translate') context.translate(a, b ?? 0)
    else if (match[1] === 'scale') context.scale(a, b ?? a)
    else if (match[1] === 'matrix' && values.length === 6) context.transform(a, b!, c!, d!, e!, f!)
    else if (match[1] === 'rotate') {
      context.translate(b ?? 0, c ?? 0)
      context.rotate((a * Math.PI) / 180)
      context.translate(-(b ?? 0), -(c ?? 0))
    } else break
  }
  if (read !== transform.length) throw new Error(`the PNG painter cannot read transform="${transform}"`)
}
