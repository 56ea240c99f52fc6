import { describe, expect, it } from 'vitest'
import { createTestRoom } from '../testing/testRoom'
import { addNode } from './addNode'
import { deleteNodes } from './deleteNodes'
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

  it('puts a node in the free place nearest the centre of the view, side by side before above and below', () => {
    const room = createTestRoom()
    // A node centred in this view has its corner at (1400, 1200), a lattice place (140 × 75 steps).
    const view = { x: 1000, y: 1000, width: 1080, height: 550 }
    const centre = { x: 1400, y: 1200 }
    expect(placeNewNode(room.getSnapshot(), view)).toEqual(centre)
    addNode(room, { kind: 'claim', text: 'a', near: view })
    expect(placeNewNode(room.getSnapshot(), view)).toEqual({ x: centre.x - nodeSlot.width, y: centre.y })
    addNode(room, { kind: 'claim', text: 'b', near: view })
    expect(placeNewNode(room.getSnapshot(), view)).toEqual({ x: centre.x + nodeSlot.width, y: centre.y })
    addNode(room, { kind: 'claim', text: 'c', near: view })
    const fourth = placeNewNode(room.getSnapshot(), view)
    expect(fourth.y).not.toBe(centre.y)
    expectNoOverlap(room, fourth)
  })

  it('fits a node beside another in a view just wide enough for two', () => {
    const room = createTestRoom()
    addNode(room, { kind: 'claim', text: 'a', position: { x: 0, y: 0 } })
    const view = { x: -150, y: -40, width: 720, height: 300 }
    const placed = placeNewNode(room.getSnapshot(), view)
    expect(placed).toEqual({ x: 280, y: 0 })
    expectNoOverlap(room, placed)
    addNode(room, { kind: 'claim', text: 'b', position: placed })
    // A view one row taller fits a third below them.
    const third = placeNewNode(room.getSnapshot(), { x: -150, y: -40, width: 720, height: 400 })
    expect(third.y).toBe(150)
    expect(third.x >= -150 && third.x + nodeSlot.width <= 570).toBe(true)
    expectNoOverlap(room, third)
  })

  it('takes the nearest free place outside a full view, not the far grid', () => {
    const room = createTestRoom()
    const view = { x: 5000, y: 5000, width: nodeSlot.width, height: nodeSlot.height }
    addNode(room, { kind: 'claim', text: 'a', near: view })
    expect(room.getSnapshot().nodeList[0]!.position).toEqual({ x: 5040, y: 5025 })
    const next = placeNewNode(room.getSnapshot(), view)
    expectNoOverlap(room, next)
    expect(Math.abs(next.x - 5040) + Math.abs(next.y - 5025)).toBeLessThanOrEqual(nodeSlot.width + nodeSlot.height)
  })

  it('on a tall view fitted to a full map, takes the last free place in view, even at its far end, else the nearest beside it', () => {
    const room = createTestRoom()
    // 3 columns × 60 rows of slots, the view round them all, as "fit view" leaves it.
    for (let n = 0; n < 180; n++) addNode(room, { kind: 'claim', text: `${n}` })
    const view = { x: -100, y: -100, width: 3 * nodeSlot.width + 200, height: 60 * nodeSlot.height + 200 }
    const full = placeNewNode(room.getSnapshot(), view)
    expectNoOverlap(room, full)
    // Beside the view, level with its middle: nearer than any place above or below the map.
    expect(full.x < view.x || full.x + nodeSlot.width > view.x + view.width).toBe(true)
    expect(Math.abs(full.y + nodeSlot.height / 2 - (view.y + view.height / 2))).toBeLessThanOrEqual(nodeSlot.height)
    const corner = room.getSnapshot().nodeList.find((node) => node.position.x === 2 * nodeSlot.width && node.position.y === 59 * nodeSlot.height)!
    deleteNodes(room, [corner.id])
    expect(placeNewNode(room.getSnapshot(), view)).toEqual(corner.position)
  })

  it('falls back to the grid for a view that is not a number', () => {
    const room = createTestRoom()
    addNode(room, { kind: 'claim', text: 'a' })
    expect(placeNewNode(room.getSnapshot(), { x: 0, y: 0, width: Number.NaN, height: 500 })).toEqual({ x: nodeSlot.width, y: 0 })
  })
})

function expectNoOverlap(room: ReturnType<typeof createTestRoom>, place: { x: number; y: number }) {
  for (const node of room.getSnapshot().nodes.values()) {
    const overlaps = Math.abs(node.position.x - place.x) < nodeSlot.width && Math.abs(node.position.y - place.y) < nodeSlot.height
    expect(overlaps, `${JSON.stringify(place)} overlaps ${JSON.stringify(node.position)}`).toBe(false)
  }
}
