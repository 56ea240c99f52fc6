import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNode } from './commands/addNode'
import { addNodeFromSpan } from './commands/addNodeFromSpan'
import { deleteNodes } from './commands/deleteNodes'
import { editNodeText } from './commands/editNodeText'
import { linkNodes } from './commands/linkNodes'
import { moveNodes } from './commands/moveNodes'
import { recordToYMap } from './records/readRecord'
import { syncDocs } from './testing/syncDocs'
import { writeReadingText } from './text/writeReadingText'
import { createTestRoom, spanOf } from './testing/testRoom'
import { Room } from './Room'

const author = { id: 'eve', name: 'Eve' }
const validNode = (id: string) => ({ v: 1, id, kind: 'claim', text: 't', author, createdAt: 1, position: { x: 0, y: 0 } })

describe('Room.getSnapshot', () => {
  it('keeps the identity of unchanged records across changes to other records', () => {
    const room = createTestRoom({ text: 'One claim here. Another one there.' })
    const a = addNodeFromSpan(room, { kind: 'claim', ...spanOf(room, 'One claim') })!
    const b = addNode(room, { kind: 'evidence', text: 'b' })!
    const c = addNode(room, { kind: 'evidence', text: 'c' })!
    const link = linkNodes(room, { source: b, target: a, kind: 'supports' })!
    const before = room.getSnapshot()
    moveNodes(room, [{ id: c, position: { x: 900, y: 900 } }])
    editNodeText(room, b, 'b, reworded')
    const after = room.getSnapshot()
    expect(after).not.toBe(before)
    expect(after.nodes.get(a)).toBe(before.nodes.get(a))
    expect(after.links.get(link)).toBe(before.links.get(link))
    expect(after.anchorOfNode.get(a)).toBe(before.anchorOfNode.get(a))
    expect(after.nodes.get(b)).not.toBe(before.nodes.get(b))
    expect(after.nodes.get(c)).not.toBe(before.nodes.get(c))
  })

  it('keeps the identity of records changed by a remote peer only where they changed', () => {
    const here = createTestRoom()
    const there = createTestRoom({ user: author })
    const a = addNode(here, { kind: 'claim', text: 'a' })!
    const b = addNode(here, { kind: 'claim', text: 'b' })!
    syncDocs(here.mapDoc, there.mapDoc)
    const before = here.getSnapshot()
    moveNodes(there, [{ id: b, position: { x: 1, y: 2 } }])
    syncDocs(here.mapDoc, there.mapDoc)
    expect(here.getSnapshot().nodes.get(a)).toBe(before.nodes.get(a))
    expect(here.getSnapshot().nodes.get(b)!.position).toEqual({ x: 1, y: 2 })
  })

  it('returns the same snapshot until the map changes', () => {
    const room = createTestRoom({ text: 'Some words.' })
    const snapshot = room.getSnapshot()
    room.textDoc.transact(() => (room.content.get(0) as Y.XmlElement).get(0))
    expect(room.getSnapshot()).toBe(snapshot)
  })

  it('hides links whose node is missing and anchors whose node is missing', () => {
    const room = createTestRoom({ text: 'One claim here.' })
    const a = addNodeFromSpan(room, { kind: 'claim', ...spanOf(room, 'One claim') })!
    const b = addNode(room, { kind: 'claim', text: 'b' })!
    const anchor = room.getSnapshot().anchorOfNode.get(a)!
    room.mapDoc.transact(() => {
      room.linkMap.set('dangling', recordToYMap({ v: 1, id: 'dangling', kind: 'supports', source: b, target: 'ghost', author, createdAt: 1 }))
      room.linkMap.set('self', recordToYMap({ v: 1, id: 'self', kind: 'supports', source: b, target: b, author, createdAt: 1 }))
      room.anchorMap.set('stray', recordToYMap({ ...anchor, id: 'stray', nodeId: 'ghost' }))
    })
    const snapshot = room.getSnapshot()
    expect(snapshot.links.size).toBe(0)
    expect(snapshot.linkList).toEqual([])
    expect([...snapshot.anchors.keys()]).toEqual([anchor.id])
    expect(snapshot.invalidRecords).toBe(0)
    expect([...room.getAnchorLayout().byNode.keys()]).toEqual([a])
  })

  it('shows one link per direction, the earliest, when peers linked the same nodes at once', () => {
    const room = createTestRoom()
    const a = addNode(room, { kind: 'claim', text: 'a' })!
    const b = addNode(room, { kind: 'claim', text: 'b' })!
    room.mapDoc.transact(() => {
      room.linkMap.set('late', recordToYMap({ v: 1, id: 'late', kind: 'attacks', source: a, target: b, author, createdAt: 9 }))
      room.linkMap.set('early', recordToYMap({ v: 1, id: 'early', kind: 'supports', source: a, target: b, author, createdAt: 2 }))
      room.linkMap.set('back', recordToYMap({ v: 1, id: 'back', kind: 'supports', source: b, target: a, author, createdAt: 5 }))
    })
    expect(room.getSnapshot().linkList.map((link) => link.id)).toEqual(['early', 'back'])
  })

  it('shows a hidden link again when its node arrives', () => {
    const room = createTestRoom()
    const b = addNode(room, { kind: 'claim', text: 'b' })!
    room.linkMap.set('early', recordToYMap({ v: 1, id: 'early', kind: 'supports', source: b, target: 'late', author, createdAt: 1 }))
    expect(room.getSnapshot().links.size).toBe(0)
    room.nodeMap.set('late', recordToYMap(validNode('late')))
    expect([...room.getSnapshot().links.keys()]).toEqual(['early'])
  })

  it('notifies subscribers once per transaction, never with a node whose anchor has not arrived', () => {
    const here = createTestRoom({ text: 'One claim here.' })
    const there = createTestRoom({ user: author })
    syncDocs(here.textDoc, there.textDoc)
    const seen: { nodes: number; anchors: number }[] = []
    there.subscribe(() => seen.push({ nodes: there.getSnapshot().nodes.size, anchors: there.getSnapshot().anchors.size }))
    addNodeFromSpan(here, { kind: 'claim', ...spanOf(here, 'One claim') })
    syncDocs(here.mapDoc, there.mapDoc)
    expect(seen).toEqual([{ nodes: 1, anchors: 1 }])
  })

  it('notifies once for a deletion of a node with its links and anchor', () => {
    const room = createTestRoom({ text: 'One claim here.' })
    const a = addNodeFromSpan(room, { kind: 'claim', ...spanOf(room, 'One claim') })!
    const b = addNode(room, { kind: 'claim', text: 'b' })!
    linkNodes(room, { source: b, target: a, kind: 'attacks' })
    let notified = 0
    room.subscribe(() => notified++)
    deleteNodes(room, [a])
    expect(notified).toBe(1)
  })
})

describe('Room with records written raw by a hostile peer', () => {
  const hostileWrites: [string, (map: Y.Map<unknown>) => void][] = [
    ['a plain object instead of a Y.Map', (map) => map.set('x', validNode('x'))],
    ['a string', (map) => map.set('x', 'hello')],
    ['a number', (map) => map.set('x', 42)],
    ['null', (map) => map.set('x', null)],
    ['a Y.Array', (map) => map.set('x', Y.Array.from([1, 2]))],
    ['a newer schema version', (map) => map.set('x', recordToYMap({ ...validNode('x'), v: 2 }))],
    ['an unknown kind', (map) => map.set('x', recordToYMap({ ...validNode('x'), kind: 'rant' }))],
    ['a text of the wrong type', (map) => map.set('x', recordToYMap({ ...validNode('x'), text: 7 }))],
    ['a missing field', (map) => map.set('x', recordToYMap({ ...validNode('x'), author: undefined }))],
    ['a non-finite position', (map) => map.set('x', recordToYMap({ ...validNode('x'), position: { x: Number.NaN, y: 0 } }))],
    ['a position that is a string', (map) => map.set('x', recordToYMap({ ...validNode('x'), position: '0,0' }))],
    ['a negative creation time', (map) => map.set('x', recordToYMap({ ...validNode('x'), createdAt: -5 }))],
    ['an oversized text', (map) => map.set('x', recordToYMap({ ...validNode('x'), text: 'x'.repeat(20_001) }))],
    ['an author name that is a Y.Text', (map) => map.set('x', recordToYMap({ ...validNode('x'), author: new Y.Map() }))],
    ['an id that differs from its key', (map) => map.set('x', recordToYMap(validNode('y')))],
  ]

  for (const [what, write] of hostileWrites) {
    it(`leaves out a node written as ${what} and counts it`, () => {
      const hostile = new Y.Doc()
      write(hostile.getMap('nodes'))
      const room = createTestRoom()
      const good = addNode(room, { kind: 'claim', text: 'fine' })!
      Y.applyUpdate(room.mapDoc, Y.encodeStateAsUpdate(hostile))
      const snapshot = room.getSnapshot()
      expect([...snapshot.nodes.keys()]).toEqual([good])
      expect(snapshot.nodeList.map((node) => node.id)).toEqual([good])
      expect(snapshot.invalidRecords).toBe(1)
      expect(() => room.getAnchorLayout()).not.toThrow()
    })
  }

  it('leaves out a node present at construction time and counts it', () => {
    const mapDoc = new Y.Doc()
    mapDoc.getMap('nodes').set('x', 'garbage')
    mapDoc.getMap('nodes').set('y', recordToYMap(validNode('y')))
    const room = createTestRoom({ mapDoc })
    expect([...room.getSnapshot().nodes.keys()]).toEqual(['y'])
    expect(room.getSnapshot().invalidRecords).toBe(1)
  })

  it('counts a record again as valid once a peer repairs it, and forgets it when deleted', () => {
    const room = createTestRoom()
    room.nodeMap.set('x', recordToYMap({ ...validNode('x'), kind: 'rant' }))
    expect(room.getSnapshot().invalidRecords).toBe(1)
    ;(room.nodeMap.get('x') as Y.Map<unknown>).set('kind', 'claim')
    expect(room.getSnapshot().invalidRecords).toBe(0)
    expect(room.getSnapshot().nodes.has('x')).toBe(true)
    room.nodeMap.set('z', 1)
    expect(room.getSnapshot().invalidRecords).toBe(1)
    room.nodeMap.delete('z')
    expect(room.getSnapshot().invalidRecords).toBe(0)
  })

  it('leaves out invalid links and anchors and never crashes on hostile relative positions', () => {
    const room = createTestRoom({ text: 'One claim here.' })
    const a = addNodeFromSpan(room, { kind: 'claim', ...spanOf(room, 'One claim') })!
    const b = addNode(room, { kind: 'claim', text: 'b' })!
    const anchor = room.getSnapshot().anchorOfNode.get(a)!
    const hostile = new Y.Doc()
    Y.applyUpdate(hostile, Y.encodeStateAsUpdate(room.mapDoc))
    hostile.transact(() => {
      hostile.getMap('edges').set('l1', recordToYMap({ v: 1, id: 'l1', kind: 'loves', source: a, target: b, author, createdAt: 1 }))
      hostile.getMap('edges').set('l2', recordToYMap({ v: 1, id: 'l2', kind: 'supports', source: a, target: b, author: 'eve', createdAt: 1 }))
      hostile.getMap('anchors').set('n1', recordToYMap({ ...anchor, id: 'n1', quote: { exact: '', prefix: '', suffix: '' } }))
      hostile.getMap('anchors').set('n2', recordToYMap({ ...anchor, id: 'n2', start: 'not bytes' }))
      // Valid by schema, with garbage where the relative positions should be.
      hostile.getMap('anchors').set('a0', recordToYMap({ ...anchor, id: 'a0', nodeId: b, start: new Uint8Array([255, 255, 255]), end: new Uint8Array([]) }))
      hostile.getMap('anchors').set('a1', recordToYMap({ ...anchor, id: 'a1', nodeId: b, start: new Uint8Array([9, 9, 9, 9, 9, 9, 9, 9, 9, 9]) }))
    })
    Y.applyUpdate(room.mapDoc, Y.encodeStateAsUpdate(hostile, Y.encodeStateVector(room.mapDoc)))
    const snapshot = room.getSnapshot()
    expect(snapshot.invalidRecords).toBe(4)
    expect(snapshot.links.size).toBe(0)
    const layout = room.getAnchorLayout()
    expect(layout.byNode.get(a)).toMatchObject({ status: 'exact' })
    // The hostile anchor on b falls back to its quote, which is the one of a.
    expect(layout.byNode.get(b)).toMatchObject({ status: 'recovered', start: 0, end: 'One claim'.length })
  })
})

describe('Room anchor layout cache', () => {
  it('keeps the same layout when a node only moves, and re-resolves when the text changes', () => {
    const room = new Room({ user: { id: 'u', name: 'U' } })
    room.textDoc.transact(() => writeReadingText(room.content, 'Alpha beta gamma.'))
    const nodeId = addNodeFromSpan(room, { kind: 'claim', start: 6, end: 10 })!
    const before = room.getAnchorLayout()
    const anchorsBefore = room.getSnapshot().anchorOfNode
    moveNodes(room, [{ id: nodeId, position: { x: 500, y: 500 } }])
    expect(room.getSnapshot().anchorOfNode).toBe(anchorsBefore)
    expect(room.getAnchorLayout()).toBe(before)
    const paragraphText = (room.content.get(0) as Y.XmlElement).get(0) as Y.XmlText
    paragraphText.insert(0, 'So ')
    const after = room.getAnchorLayout()
    expect(after).not.toBe(before)
    expect(after.byNode.get(nodeId)).toMatchObject({ status: 'exact', start: 9, end: 13 })
  })
})

describe('Room structure version', () => {
  it('stays when nodes only move, and changes when anything else does', () => {
    const room = createTestRoom()
    const a = addNode(room, { kind: 'claim', text: 'a' })!
    const b = addNode(room, { kind: 'claim', text: 'b' })!
    const before = room.getSnapshot().structureVersion
    moveNodes(room, [{ id: a, position: { x: 9, y: 9 } }])
    expect(room.getSnapshot().structureVersion).toBe(before)
    editNodeText(room, a, 'a, reworded')
    const afterEdit = room.getSnapshot().structureVersion
    expect(afterEdit).toBeGreaterThan(before)
    linkNodes(room, { source: b, target: a, kind: 'attacks' })
    expect(room.getSnapshot().structureVersion).toBeGreaterThan(afterEdit)
  })
})
