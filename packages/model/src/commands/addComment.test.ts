import { describe, expect, it } from 'vitest'
import { createTestRoom, spanOf } from '../testing/testRoom'
import { addComment } from './addComment'
import { addNode } from './addNode'
import { addNodeFromSpan } from './addNodeFromSpan'
import { deleteNodes } from './deleteNodes'

describe('addComment', () => {
  it('starts a thread on a node with the room user as author and the time', () => {
    const room = createTestRoom()
    const node = addNode(room, { kind: 'claim', text: 'x' })!
    const id = addComment(room, { on: node, text: '  Why?  ' })!
    const thread = room.getComments().threadsOn.get(node)!
    expect(thread).toHaveLength(1)
    expect(thread[0]!.root).toMatchObject({ id, on: node, parent: null, text: 'Why?', resolved: false, author: { id: 'ada', name: 'Ada' } })
    expect(thread[0]!.root.createdAt).toBeGreaterThan(0)
  })

  it('starts a thread on a highlight (its anchor)', () => {
    const room = createTestRoom({ text: 'The sky is blue.' })
    const node = addNodeFromSpan(room, { kind: 'claim', ...spanOf(room, 'sky is blue') })!
    const anchor = room.getSnapshot().anchorOfNode.get(node)!.id
    const id = addComment(room, { on: anchor, text: 'Source?' })!
    expect(room.getComments().threadsOn.get(anchor)![0]!.root.id).toBe(id)
  })

  it('files a reply, and a reply to a reply, under the thread root on the root target', () => {
    const room = createTestRoom()
    const node = addNode(room, { kind: 'claim', text: 'x' })!
    const root = addComment(room, { on: node, text: 'one' })!
    const reply = addComment(room, { on: 'ignored', parent: root, text: 'two' })!
    const nested = addComment(room, { on: node, parent: reply, text: 'three' })!
    const [thread] = room.getComments().threadsOn.get(node)!
    expect(thread!.replies.map((comment) => comment.id)).toEqual([reply, nested])
    expect(thread!.replies.every((comment) => comment.parent === root && comment.on === node)).toBe(true)
  })

  it('refuses an empty or too long text, a missing target and a missing parent', () => {
    const room = createTestRoom()
    const node = addNode(room, { kind: 'claim', text: 'x' })!
    expect(addComment(room, { on: node, text: '   ' })).toBeNull()
    expect(addComment(room, { on: node, text: 'x'.repeat(20_001) })).toBeNull()
    expect(addComment(room, { on: 'nowhere', text: 'hi' })).toBeNull()
    expect(addComment(room, { on: node, parent: 'gone', text: 'hi' })).toBeNull()
    expect(room.commentMap.size).toBe(0)
  })

  it('hides the comments of a deleted node but keeps them stored', () => {
    const room = createTestRoom()
    const node = addNode(room, { kind: 'claim', text: 'x' })!
    const root = addComment(room, { on: node, text: 'one' })!
    addComment(room, { on: node, parent: root, text: 'two' })
    deleteNodes(room, [node])
    expect(room.getComments().comments.size).toBe(0)
    expect(room.commentMap.size).toBe(2)
  })

  it('writes the comment in one transaction and notifies subscribers', () => {
    const room = createTestRoom()
    const node = addNode(room, { kind: 'claim', text: 'x' })!
    let updates = 0
    let notified = 0
    room.mapDoc.on('update', () => updates++)
    room.subscribe(() => notified++)
    addComment(room, { on: node, text: 'one' })
    expect(updates).toBe(1)
    expect(notified).toBe(1)
  })
})
