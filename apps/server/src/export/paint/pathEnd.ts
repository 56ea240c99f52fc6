import { SVGPathData } from 'svg-pathdata'

/** Where a path ends and which way it points there (radians, as `orient="auto"` turns an end marker). */
export interface PathEnd {
  x: number
  y: number
  angle: number
}

/**
 * The end of an SVG path's last segment and the direction it arrives from: the tangent of a
 * curve at its end, or, where the last control point sits on the end, the one before it (as SVG
 * does for a zero-length tangent). Null for a path that draws nothing.
 */
export function pathEnd(d: string): PathEnd | null {
  // Absolute, with H/V/Z as lines and S/T/Q/A as cubic curves: only M, L and C are left.
  const commands = new SVGPathData(d).toAbs().normalizeHVZ(true, true, true).normalizeST().qtToC().aToC().commands
  let previous = { x: 0, y: 0 }
  let end: PathEnd | null = null
  for (const command of commands) {
    if (command.type === SVGPathData.LINE_TO || command.type === SVGPathData.CURVE_TO) {
      const from = command.type === SVGPathData.CURVE_TO ? [{ x: command.x2, y: command.y2 }, { x: command.x1, y: command.y1 }, previous] : [previous]
      const tail = from.find((point) => point.x !== command.x || point.y !== command.y) ?? previous
      end = { x: command.x, y: command.y, angle: Math.atan2(command.y - tail.y, command.x - tail.x) }
    }
    if (command.type === SVGPathData.MOVE_TO || command.type === SVGPathData.LINE_TO || command.type === SVGPathData.CURVE_TO) previous = { x: command.x, y: command.y }
  }
  return end
}
