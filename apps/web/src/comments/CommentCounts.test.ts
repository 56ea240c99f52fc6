import { expect, it } from 'vitest'
import { Room, addComment, addNode, addNodeFromSpan, moveNodes, setCommentResolved, writeReadingText } from '@warrant/model'
import * as Y from 'yjs'
import { CommentCounts } from './CommentCounts'

it('runs a node’s listener only when that node’s count changes, counting its passage’s comments too', () => {
  const textDoc = new Y.Doc()
  writeReadingText(textDoc.getXmlFragment('content'), 'This is not a concession to Russia. It is a reset.')
  const room = new Room({ textDoc, user: { id: 'u', name: 'U' } })
  const quoted = addNodeFromSpan(room, { kind: 'claim', start: 0, end: 34 })!
  const other = addNode(room, { kind: 'evidence', text: 'Elsewhere' })!
  const counts = CommentCounts.of(room)
  expect(CommentCounts.of(room)).toBe(counts)
  const heard: string[] = []
  const unsubscribe = counts.subscribe(quoted, () => heard.push(counts.keyOf(quoted)))
  counts.subscribe(other, () => heard.push(`other ${counts.keyOf(other)}`))

  moveNodes(room, [{ id: quoted, position: { x: 300, y: 300 } }])
  addNode(room, { kind: 'claim', text: 'A new node' })
  expect(heard).toEqual([])

  const root = addComment(room, { on: quoted, text: 'Is it?' })!
  addComment(room, { on: room.getSnapshot().anchorOfNode.get(quoted)!.id, text: 'On the words' })
  setCommentResolved(room, root, true)
  expect(heard).toEqual(['1/1', '2/2', '2/1'])

  // Another highlight changes the anchors, not these counts; the passage's own anchor going does.
  addNodeFromSpan(room, { kind: 'evidence', start: 36, end: 50 })
  expect(heard).toHaveLength(3)
  const anchor = room.getSnapshot().anchorOfNode.get(quoted)!.id
  room.transactMap(() => room.anchorMap.delete(anchor))
  expect(heard).toEqual(['1/1', '2/2', '2/1', '1/0'])

  unsubscribe()
  addComment(room, { on: quoted, text: 'Unheard' })
  expect(heard).toHaveLength(4)
})
