import { describe, expect, it } from 'vitest'
import { createTestRoom } from '../testing/testRoom'
import { addComment } from './addComment'
import { addNode } from './addNode'
import { setCommentResolved } from './setCommentResolved'

describe('setCommentResolved', () => {
  it('resolves and reopens the thread, from its root or from a reply', () => {
    const room = createTestRoom()
    const node = addNode(room, { kind: 'claim', text: 'x' })!
    const root = addComment(room, { on: node, text: 'one' })!
    const reply = addComment(room, { on: node, parent: root, text: 'two' })!
    expect(setCommentResolved(room, reply, true)).toBe(true)
    expect(room.getComments().comments.get(root)!.resolved).toBe(true)
    expect(room.getComments().comments.get(reply)!.resolved).toBe(false)
    setCommentResolved(room, root, false)
    expect(room.getComments().comments.get(root)!.resolved).toBe(false)
  })

  it('returns false for a missing comment', () => {
    expect(setCommentResolved(createTestRoom(), 'gone', true)).toBe(false)
  })
})
