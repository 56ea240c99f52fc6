export type Direction = 'left' | 'right' | 'up' | 'down'

export interface Box {
  id: string
  x: number
  y: number
  width: number
  height: number
}

export const arrowDirections: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' }

/**
 * The box a person means by "the next one that way": among the boxes whose centre lies in that
 * direction, the nearest, with sideways distance counting three times (and more outside the
 * 45° cone) so that a node straight ahead wins over a closer one off to the side.
 */
export function nearestInDirection(boxes: readonly Box[], fromId: string, direction: Direction): string | null {
  const from = boxes.find((box) => box.id === fromId)
  if (!from) return null
  const cx = from.x + from.width / 2
  const cy = from.y + from.height / 2
  let best: string | null = null
  let bestScore = Number.POSITIVE_INFINITY
  for (const box of boxes) {
    if (box.id === fromId) continue
    const dx = box.x + box.width / 2 - cx
    const dy = box.y + box.height / 2 - cy
    const ahead = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy
    const aside = Math.abs(direction === 'left' || direction === 'right' ? dy : dx)
    if (ahead <= 1) continue
    const score = ahead + aside * (aside <= ahead ? 3 : 10)
    if (score < bestScore) {
      bestScore = score
      best = box.id
    }
  }
  return best
}
