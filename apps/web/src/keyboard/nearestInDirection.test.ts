import { describe, expect, it } from 'vitest'
import { nearestInDirection } from './nearestInDirection'

const box = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 50 })

describe('nearestInDirection', () => {
  const boxes = [box('center', 0, 0), box('right', 300, 20), box('farRight', 600, 0), box('below', 10, 200), box('diagonal', 150, -160)]

  it('goes to the nearest box straight that way', () => {
    expect(nearestInDirection(boxes, 'center', 'right')).toBe('right')
    expect(nearestInDirection(boxes, 'center', 'down')).toBe('below')
    expect(nearestInDirection(boxes, 'right', 'right')).toBe('farRight')
  })

  it('takes a box off to the side when nothing is straight ahead', () => {
    expect(nearestInDirection(boxes, 'center', 'up')).toBe('diagonal')
  })

  it('finds nothing past the edge', () => {
    expect(nearestInDirection(boxes, 'center', 'left')).toBeNull()
    expect(nearestInDirection(boxes, 'missing', 'left')).toBeNull()
  })
})
