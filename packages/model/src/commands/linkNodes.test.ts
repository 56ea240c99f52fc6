import { describe, expect, it } from 'vitest'
import { createTestRoom } from '../testing/testRoom'
import { addNode } from './addNode'
import { linkNodes } from './linkNodes'

function roomWithTwoNodes() {
  const room = createTestRoom()
  const a = addNode(room, { kind: 'claim', text: 'a' })!
  const b = addNode(room, { kind: 'evidence', text: 'b' })!
  return { room, a, b }
}

describe('linkNodes', () => {
  it('links two nodes and returns the link id', () => {
    const { room, a, b } = roomWithTwoNodes()
    const id = linkNodes(room, { source: b, target: a, kind: 'supports' })!
    expect(room.getSnapshot().links.get(id)).toMatchObject({ id, source: b, target: a, kind: 'supports', author: room.user })
  })

  it('refuses to link a node to itself', () => {
    const { room, a } = roomWithTwoNodes()
    expect(linkNodes(room, { source: a, target: a, kind: 'supports' })).toBeNull()
    expect(room.linkMap.size).toBe(0)
  })

  it('refuses to link to a missing node', () => {
    const { room, a } = roomWithTwoNodes()
    expect(linkNodes(room, { source: a, target: 'nobody', kind: 'attacks' })).toBeNull()
    expect(linkNodes(room, { source: 'nobody', target: a, kind: 'attacks' })).toBeNull()
    expect(room.linkMap.size).toBe(0)
  })

  it('changes the kind of an existing link in the same direction instead of adding another', () => {
    const { room, a, b } = roomWithTwoNodes()
    const first = linkNodes(room, { source: b, target: a, kind: 'supports' })
    const second = linkNodes(room, { source: b, target: a, kind: 'attacks' })
    expect(second).toBe(first)
    expect(room.getSnapshot().linkList).toHaveLength(1)
    expect(room.getSnapshot().links.get(first!)!.kind).toBe('attacks')
  })

  it('adds a separate link in the other direction', () => {
    const { room, a, b } = roomWithTwoNodes()
    const forward = linkNodes(room, { source: b, target: a, kind: 'supports' })
    const back = linkNodes(room, { source: a, target: b, kind: 'attacks' })
    expect(back).not.toBe(forward)
    expect(room.getSnapshot().linkList).toHaveLength(2)
  })
})
