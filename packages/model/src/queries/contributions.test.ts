import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addComment } from '../commands/addComment'
import { addNode } from '../commands/addNode'
import { addNodeFromSpan } from '../commands/addNodeFromSpan'
import { linkNodes } from '../commands/linkNodes'
import { createTestRoom, spanOf } from '../testing/testRoom'
import { syncDocs } from '../testing/syncDocs'
import { contributions } from './contributions'

describe('contributions', () => {
  it('counts highlights, nodes, links and comments per person, most active first', () => {
    const ada = createTestRoom({ text: 'The sky is blue. Grass is green.' })
    const bob = createTestRoom({ user: { id: 'bob', name: 'Bob' }, textDoc: ada.textDoc, mapDoc: new Y.Doc() })
    const a = addNodeFromSpan(ada, { kind: 'claim', ...spanOf(ada, 'sky is blue') })!
    const b = addNodeFromSpan(ada, { kind: 'evidence', ...spanOf(ada, 'Grass is green') })!
    syncDocs(ada.mapDoc, bob.mapDoc)
    linkNodes(bob, { source: b, target: a, kind: 'supports' })
    addComment(bob, { on: a, text: 'Really?' })
    syncDocs(ada.mapDoc, bob.mapDoc)
    const result = contributions(ada.getSnapshot(), ada.getComments().comments.values())
    expect(result).toEqual([
      { author: { id: 'ada', name: 'Ada' }, highlights: 2, nodes: 2, links: 0, comments: 0 },
      { author: { id: 'bob', name: 'Bob' }, highlights: 0, nodes: 0, links: 1, comments: 1 },
    ])
  })

  it('names a person after their latest record', () => {
    const room = createTestRoom()
    addNode(room, { kind: 'claim', text: 'x' })
    room.user = { id: 'ada', name: 'Ada L.' }
    addNode(room, { kind: 'claim', text: 'y' })
    expect(contributions(room.getSnapshot(), [])).toEqual([{ author: { id: 'ada', name: 'Ada L.' }, highlights: 0, nodes: 2, links: 0, comments: 0 }])
  })

  it('is empty for an empty map', () => {
    expect(contributions(createTestRoom().getSnapshot(), [])).toEqual([])
  })
})
