import { describe, expect, it } from 'vitest'
import { createTestRoom } from '../testing/testRoom'
import { addNode } from './addNode'
import { deleteLinks } from './deleteLinks'
import { linkNodes } from './linkNodes'
import { recordToYMap } from '../records/readRecord'

describe('deleteLinks', () => {
  it('deletes the given links in one transaction and keeps the nodes', () => {
    const room = createTestRoom()
    const a = addNode(room, { kind: 'claim', text: 'a' })!
    const b = addNode(room, { kind: 'claim', text: 'b' })!
    const c = addNode(room, { kind: 'claim', text: 'c' })!
    const ab = linkNodes(room, { source: a, target: b, kind: 'supports' })!
    const bc = linkNodes(room, { source: b, target: c, kind: 'supports' })!
    const ca = linkNodes(room, { source: c, target: a, kind: 'attacks' })!
    let updates = 0
    room.mapDoc.on('update', () => updates++)
    deleteLinks(room, [ab, bc, 'missing'])
    expect(updates).toBe(1)
    expect([...room.getSnapshot().links.keys()]).toEqual([ca])
    expect(room.getSnapshot().nodes.size).toBe(3)
  })

  it('writes nothing when no link exists', () => {
    const room = createTestRoom()
    let updates = 0
    room.mapDoc.on('update', () => updates++)
    deleteLinks(room, ['missing'])
    expect(updates).toBe(0)
  })

  it('also deletes a twin link in the same direction made concurrently, hidden behind the one shown', () => {
    const room = createTestRoom()
    const a = addNode(room, { kind: 'claim', text: 'a' })!
    const b = addNode(room, { kind: 'claim', text: 'b' })!
    const shown = linkNodes(room, { source: a, target: b, kind: 'supports' })!
    const twin = recordToYMap({ v: 1, id: 'twin', kind: 'attacks', source: a, target: b, author: room.user, createdAt: 1_000_000 })
    room.linkMap.set('twin', twin)
    const back = linkNodes(room, { source: b, target: a, kind: 'supports' })!
    expect(room.getSnapshot().linkList.map((link) => link.id)).toEqual([shown, back])
    deleteLinks(room, [shown])
    expect([...room.linkMap.keys()]).toEqual([back])
  })
})
