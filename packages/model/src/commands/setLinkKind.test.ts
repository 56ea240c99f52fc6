import { describe, expect, it } from 'vitest'
import { createTestRoom } from '../testing/testRoom'
import { addNode } from './addNode'
import { linkNodes } from './linkNodes'
import { setLinkKind } from './setLinkKind'

describe('setLinkKind', () => {
  it('changes a link from supports to attacks', () => {
    const room = createTestRoom()
    const a = addNode(room, { kind: 'claim', text: 'a' })!
    const b = addNode(room, { kind: 'claim', text: 'b' })!
    const link = linkNodes(room, { source: a, target: b, kind: 'supports' })!
    expect(setLinkKind(room, link, 'attacks')).toBe(true)
    expect(room.getSnapshot().links.get(link)!.kind).toBe('attacks')
  })

  it('returns false for a missing link and writes nothing', () => {
    const room = createTestRoom()
    let updates = 0
    room.mapDoc.on('update', () => updates++)
    expect(setLinkKind(room, 'nope', 'attacks')).toBe(false)
    expect(updates).toBe(0)
  })
})
