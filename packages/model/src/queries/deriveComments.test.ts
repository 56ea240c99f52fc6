import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addComment } from '../commands/addComment'
import { addNode } from '../commands/addNode'
import { deleteComment } from '../commands/deleteComment'
import { createTestRoom } from '../testing/testRoom'
import { syncDocs } from '../testing/syncDocs'

describe('deriveComments', () => {
  it('hides, on both peers alike, a reply written to a thread deleted meanwhile', () => {
    const ada = createTestRoom()
    const bob = createTestRoom({ user: { id: 'bob', name: 'Bob' }, mapDoc: new Y.Doc() })
    const node = addNode(ada, { kind: 'claim', text: 'x' })!
    const root = addComment(ada, { on: node, text: 'one' })!
    syncDocs(ada.mapDoc, bob.mapDoc)
    deleteComment(ada, root)
    addComment(bob, { on: node, parent: root, text: 'late reply' })
    syncDocs(ada.mapDoc, bob.mapDoc)
    for (const room of [ada, bob]) expect(room.getComments().comments.size).toBe(0)
  })

  it('keeps the comments’ identity when only a node moves', () => {
    const room = createTestRoom()
    const node = addNode(room, { kind: 'claim', text: 'x' })!
    addComment(room, { on: node, text: 'one' })
    const before = room.getComments()
    room.transactMap(() => (room.nodeMap.get(node) as Y.Map<unknown>).set('position', { x: 5, y: 5 }))
    expect(room.getComments()).toBe(before)
  })
})
