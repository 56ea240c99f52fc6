import { describe, expect, it } from 'vitest'
import { createTestRoom, spanOf } from '../testing/testRoom'
import { addNode } from './addNode'
import { addNodeFromSpan } from './addNodeFromSpan'
import { deleteNodes } from './deleteNodes'
import { linkNodes } from './linkNodes'

describe('deleteNodes', () => {
  it('removes the nodes with their links and anchors in one transaction', () => {
    const room = createTestRoom({ text: 'One claim here. Another claim there.' })
    const a = addNodeFromSpan(room, { kind: 'claim', ...spanOf(room, 'One claim') })!
    const b = addNodeFromSpan(room, { kind: 'claim', ...spanOf(room, 'Another claim') })!
    const c = addNode(room, { kind: 'evidence', text: 'c' })!
    linkNodes(room, { source: c, target: a, kind: 'supports' })
    linkNodes(room, { source: a, target: b, kind: 'attacks' })
    const kept = linkNodes(room, { source: c, target: b, kind: 'supports' })!
    let updates = 0
    room.mapDoc.on('update', () => updates++)
    deleteNodes(room, [a])
    expect(updates).toBe(1)
    expect(room.nodeMap.has(a)).toBe(false)
    expect([...room.linkMap.keys()]).toEqual([kept])
    expect(room.anchorMap.size).toBe(1)
    const snapshot = room.getSnapshot()
    expect([...snapshot.nodes.keys()].sort()).toEqual([b, c].sort())
    expect(snapshot.anchorOfNode.has(a)).toBe(false)
    expect(room.getAnchorLayout().byNode.has(a)).toBe(false)
  })

  it('deletes several nodes and ignores missing ids', () => {
    const room = createTestRoom()
    const a = addNode(room, { kind: 'claim', text: 'a' })!
    const b = addNode(room, { kind: 'claim', text: 'b' })!
    const c = addNode(room, { kind: 'claim', text: 'c' })!
    linkNodes(room, { source: a, target: b, kind: 'supports' })
    deleteNodes(room, [a, b, 'missing'])
    expect([...room.getSnapshot().nodes.keys()]).toEqual([c])
    expect(room.linkMap.size).toBe(0)
  })

  it('writes nothing when no node exists', () => {
    const room = createTestRoom()
    let updates = 0
    room.mapDoc.on('update', () => updates++)
    deleteNodes(room, ['missing'])
    expect(updates).toBe(0)
  })
})
