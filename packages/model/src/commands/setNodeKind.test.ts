import { describe, expect, it } from 'vitest'
import { createTestRoom } from '../testing/testRoom'
import { addNode } from './addNode'
import { setNodeKind } from './setNodeKind'

describe('setNodeKind', () => {
  it('changes a claim into a counterclaim and keeps its other fields', () => {
    const room = createTestRoom()
    const id = addNode(room, { kind: 'claim', text: 'a', position: { x: 5, y: 6 } })!
    const before = room.getSnapshot().nodes.get(id)!
    expect(setNodeKind(room, id, 'counterclaim')).toBe(true)
    expect(room.getSnapshot().nodes.get(id)).toEqual({ ...before, kind: 'counterclaim' })
  })

  it('returns false for a missing node', () => {
    expect(setNodeKind(createTestRoom(), 'nope', 'claim')).toBe(false)
  })
})
