import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createTestRoom } from '../testing/testRoom'
import { syncDocs } from '../testing/syncDocs'
import { addComment } from './addComment'
import { addNode } from './addNode'
import { editComment } from './editComment'

describe('editComment', () => {
  it('rewords one’s own comment and records when', () => {
    const room = createTestRoom()
    const node = addNode(room, { kind: 'claim', text: 'x' })!
    const id = addComment(room, { on: node, text: 'teh' })!
    expect(editComment(room, id, 'the')).toBe(true)
    const comment = room.getComments().comments.get(id)!
    expect(comment.text).toBe('the')
    expect(comment.editedAt).toBeGreaterThan(comment.createdAt)
  })

  it('refuses to edit someone else’s comment', () => {
    const ada = createTestRoom()
    const bob = createTestRoom({ user: { id: 'bob', name: 'Bob' }, mapDoc: new Y.Doc() })
    const node = addNode(ada, { kind: 'claim', text: 'x' })!
    const id = addComment(ada, { on: node, text: 'mine' })!
    syncDocs(ada.mapDoc, bob.mapDoc)
    expect(editComment(bob, id, 'yours now')).toBe(false)
    expect(bob.getComments().comments.get(id)!.text).toBe('mine')
  })

  it('refuses an empty text and a missing comment', () => {
    const room = createTestRoom()
    const node = addNode(room, { kind: 'claim', text: 'x' })!
    const id = addComment(room, { on: node, text: 'mine' })!
    expect(editComment(room, id, ' ')).toBe(false)
    expect(editComment(room, 'gone', 'x')).toBe(false)
  })
})
