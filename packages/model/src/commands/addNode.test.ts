import { describe, expect, it } from 'vitest'
import { createTestRoom } from '../testing/testRoom'
import { addNode } from './addNode'

describe('addNode', () => {
  it('adds a valid node with the room user as author and returns its id', () => {
    const room = createTestRoom()
    const id = addNode(room, { kind: 'claim', text: 'Cats are liquid.', position: { x: 10, y: 20 } })!
    const node = room.getSnapshot().nodes.get(id)
    expect(node).toMatchObject({ id, kind: 'claim', text: 'Cats are liquid.', author: { id: 'ada', name: 'Ada' }, position: { x: 10, y: 20 } })
    expect(room.getSnapshot().invalidRecords).toBe(0)
  })

  it('places a node without a position on a free slot', () => {
    const room = createTestRoom()
    const first = addNode(room, { kind: 'claim', text: 'one' })!
    const second = addNode(room, { kind: 'evidence', text: 'two' })!
    const { nodes } = room.getSnapshot()
    expect(nodes.get(first)!.position).not.toEqual(nodes.get(second)!.position)
  })

  it('writes the node in one transaction', () => {
    const room = createTestRoom()
    let updates = 0
    room.mapDoc.on('update', () => updates++)
    addNode(room, { kind: 'claim', text: 'one' })
    expect(updates).toBe(1)
  })

  it('lists nodes in creation order', () => {
    const room = createTestRoom()
    const ids = ['a', 'b', 'c'].map((text) => addNode(room, { kind: 'claim', text })!)
    expect(room.getSnapshot().nodeList.map((node) => node.id)).toEqual(ids)
  })

  it('places a node given a non-finite position on a free slot instead of writing an invalid record', () => {
    const room = createTestRoom()
    const id = addNode(room, { kind: 'claim', text: 'lost', position: { x: Number.NaN, y: 0 } })!
    expect(room.getSnapshot().nodes.get(id)?.position).toEqual({ x: 0, y: 0 })
    expect(room.getSnapshot().invalidRecords).toBe(0)
  })

  it('refuses a text longer than a node may hold instead of writing an invalid record', () => {
    const room = createTestRoom()
    expect(addNode(room, { kind: 'claim', text: 'x'.repeat(20_001) })).toBeNull()
    expect(room.nodeMap.size).toBe(0)
  })
})
