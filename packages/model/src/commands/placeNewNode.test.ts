import { describe, expect, it } from 'vitest'
import { createTestRoom } from '../testing/testRoom'
import { addNode } from './addNode'
import { moveNodes } from './moveNodes'
import { nodeSlot, placeNewNode } from './placeNewNode'

const key = (position: { x: number; y: number }) => `${position.x}:${position.y}`

describe('placeNewNode', () => {
  it('fills the grid row by row from the origin', () => {
    const room = createTestRoom()
    expect(placeNewNode(room.getSnapshot())).toEqual({ x: 0, y: 0 })
    const positions = Array.from({ length: 4 }, (_, n) => {
      const id = addNode(room, { kind: 'claim', text: `${n}` })!
      return room.getSnapshot().nodes.get(id)!.position
    })
    expect(positions).toEqual([
      { x: 0, y: 0 },
      { x: nodeSlot.width, y: 0 },
      { x: 2 * nodeSlot.width, y: 0 },
      { x: 0, y: nodeSlot.height },
    ])
  })

  it('never puts two new nodes on the same slot', () => {
    const room = createTestRoom()
    const seen = new Set<string>()
    for (let n = 0; n < 30; n++) {
      const id = addNode(room, { kind: 'claim', text: `${n}` })!
      const position = room.getSnapshot().nodes.get(id)!.position
      expect(seen.has(key(position))).toBe(false)
      seen.add(key(position))
    }
  })

  it('reuses a slot a node was dragged away from', () => {
    const room = createTestRoom()
    const first = addNode(room, { kind: 'claim', text: 'a' })!
    addNode(room, { kind: 'claim', text: 'b' })
    moveNodes(room, [{ id: first, position: { x: 5000, y: 5000 } }])
    expect(placeNewNode(room.getSnapshot())).toEqual({ x: 0, y: 0 })
  })

  it('does not place a new node over a node dropped between slots', () => {
    const room = createTestRoom()
    addNode(room, { kind: 'claim', text: 'a', position: { x: 0, y: 0 } })
    addNode(room, { kind: 'claim', text: 'b', position: { x: nodeSlot.width * 1.4, y: 10 } })
    const placed = placeNewNode(room.getSnapshot())
    for (const node of room.getSnapshot().nodes.values()) {
      const overlaps = Math.abs(node.position.x - placed.x) < nodeSlot.width && Math.abs(node.position.y - placed.y) < nodeSlot.height
      expect(overlaps).toBe(false)
    }
  })
})
