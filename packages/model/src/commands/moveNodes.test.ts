import { describe, expect, it } from 'vitest'
import { createTestRoom } from '../testing/testRoom'
import { addNode } from './addNode'
import { moveNodes } from './moveNodes'

describe('moveNodes', () => {
  it('moves several nodes in one transaction', () => {
    const room = createTestRoom()
    const a = addNode(room, { kind: 'claim', text: 'a' })!
    const b = addNode(room, { kind: 'claim', text: 'b' })!
    let updates = 0
    room.mapDoc.on('update', () => updates++)
    moveNodes(room, [
      { id: a, position: { x: 100, y: 200 } },
      { id: b, position: { x: -50, y: 0.5 } },
    ])
    expect(updates).toBe(1)
    const { nodes } = room.getSnapshot()
    expect(nodes.get(a)!.position).toEqual({ x: 100, y: 200 })
    expect(nodes.get(b)!.position).toEqual({ x: -50, y: 0.5 })
  })

  it('ignores non-finite positions and moves the rest', () => {
    const room = createTestRoom()
    const a = addNode(room, { kind: 'claim', text: 'a', position: { x: 1, y: 1 } })!
    const b = addNode(room, { kind: 'claim', text: 'b', position: { x: 2, y: 2 } })!
    moveNodes(room, [
      { id: a, position: { x: Number.NaN, y: 3 } },
      { id: a, position: { x: 3, y: Number.POSITIVE_INFINITY } },
      { id: b, position: { x: 9, y: 9 } },
    ])
    const { nodes, invalidRecords } = room.getSnapshot()
    expect(nodes.get(a)!.position).toEqual({ x: 1, y: 1 })
    expect(nodes.get(b)!.position).toEqual({ x: 9, y: 9 })
    expect(invalidRecords).toBe(0)
  })

  it('writes nothing when every position is non-finite', () => {
    const room = createTestRoom()
    const a = addNode(room, { kind: 'claim', text: 'a' })!
    let updates = 0
    room.mapDoc.on('update', () => updates++)
    moveNodes(room, [{ id: a, position: { x: Number.NaN, y: Number.NaN } }])
    expect(updates).toBe(0)
  })

  it('skips a missing node', () => {
    const room = createTestRoom()
    const a = addNode(room, { kind: 'claim', text: 'a' })!
    moveNodes(room, [
      { id: 'gone', position: { x: 1, y: 1 } },
      { id: a, position: { x: 7, y: 8 } },
    ])
    expect(room.getSnapshot().nodes.get(a)!.position).toEqual({ x: 7, y: 8 })
    expect(room.nodeMap.has('gone')).toBe(false)
  })
})
