import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createTestRoom } from '../testing/testRoom'
import { syncDocs } from '../testing/syncDocs'
import { addComment } from './addComment'
import { addNode } from './addNode'
import { deleteComment } from './deleteComment'

describe('deleteComment', () => {
  it('deletes one’s own reply, and one’s own thread with one’s own replies', () => {
    const room = createTestRoom()
    const node = addNode(room, { kind: 'claim', text: 'x' })!
    const root = addComment(room, { on: node, text: 'one' })!
    const reply = addComment(room, { on: node, parent: root, text: 'two' })!
    expect(deleteComment(room, reply)).toBe(true)
    expect(room.getComments().comments.has(reply)).toBe(false)
    addComment(room, { on: node, parent: root, text: 'three' })
    expect(deleteComment(room, root)).toBe(true)
    expect(room.commentMap.size).toBe(0)
  })

  it('refuses to delete someone else’s comment, or one’s thread that others replied to', () => {
    const ada = createTestRoom()
    const bob = createTestRoom({ user: { id: 'bob', name: 'Bob' }, mapDoc: new Y.Doc() })
    const node = addNode(ada, { kind: 'claim', text: 'x' })!
    const root = addComment(ada, { on: node, text: 'one' })!
    syncDocs(ada.mapDoc, bob.mapDoc)
    expect(deleteComment(bob, root)).toBe(false)
    addComment(bob, { on: node, parent: root, text: 'two' })
    syncDocs(ada.mapDoc, bob.mapDoc)
    expect(deleteComment(ada, root)).toBe(false)
    expect(ada.getComments().comments.size).toBe(2)
  })
})
