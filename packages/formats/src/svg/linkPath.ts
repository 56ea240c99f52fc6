export interface Point {
  readonly x: number
  readonly y: number
}

export interface LinkGeometry {
  readonly start: Point
  readonly end: Point
  readonly control1: Point
  readonly control2: Point
}

/**
 * The curve of a link as the map draws it: from the source's top handle to the target's bottom
 * handle, a cubic Bézier with React Flow's `getBezierPath` controls (curvature 0.25).
 */
export function linkGeometry(start: Point, end: Point, curvature = 0.25): LinkGeometry {
  const offset = (distance: number) => (distance >= 0 ? 0.5 * distance : curvature * 25 * Math.sqrt(-distance))
  return {
    start,
    end,
    control1: { x: start.x, y: start.y - offset(start.y - end.y) },
    control2: { x: end.x, y: end.y + offset(start.y - end.y) },
  }
}
