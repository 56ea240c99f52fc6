import { describe, expect, it } from 'vitest'
import { createTestRoom, spanOf } from '../testing/testRoom'
import { addNodeFromSpan } from './addNodeFromSpan'

const reading = 'Alpha opens the text.\nBeta gamma delta is the claim here.\nEpsilon closes it.'

describe('addNodeFromSpan', () => {
  it('adds a node quoting the span and an exact anchor on it', () => {
    const room = createTestRoom({ text: reading })
    const span = spanOf(room, 'gamma delta')
    const nodeId = addNodeFromSpan(room, { kind: 'evidence', ...span })!
    const snapshot = room.getSnapshot()
    expect(snapshot.nodes.get(nodeId)).toMatchObject({ kind: 'evidence', text: 'gamma delta' })
    const anchor = snapshot.anchorOfNode.get(nodeId)!
    expect(anchor.quote).toEqual({ exact: 'gamma delta', prefix: 'Alpha opens the text.\n\nBeta ', suffix: ' is the claim here.\n\nEpsilon clo' })
    expect(anchor.position).toEqual(span)
    expect(room.getAnchorLayout().byNode.get(nodeId)).toEqual({ anchorId: anchor.id, nodeId, status: 'exact', ...span })
  })

  it('trims whitespace at the edges of the selection', () => {
    const room = createTestRoom({ text: reading })
    const span = spanOf(room, 'gamma delta')
    const nodeId = addNodeFromSpan(room, { kind: 'claim', start: span.start - 1, end: span.end + 1 })!
    expect(room.getSnapshot().nodes.get(nodeId)!.text).toBe('gamma delta')
    expect(room.getAnchorLayout().byNode.get(nodeId)).toMatchObject({ status: 'exact', ...span })
  })

  it('accepts a selection made backwards', () => {
    const room = createTestRoom({ text: reading })
    const span = spanOf(room, 'gamma')
    const nodeId = addNodeFromSpan(room, { kind: 'claim', start: span.end, end: span.start })!
    expect(room.getSnapshot().nodes.get(nodeId)!.text).toBe('gamma')
  })

  it('spans paragraphs with the blank line between them in the quote', () => {
    const room = createTestRoom({ text: reading })
    const start = spanOf(room, 'text.').start
    const nodeId = addNodeFromSpan(room, { kind: 'claim', start, end: spanOf(room, 'Beta').end })!
    expect(room.getAnchorLayout().byNode.get(nodeId)).toMatchObject({ status: 'exact' })
    expect(room.getSnapshot().nodes.get(nodeId)!.text).toBe('text.\n\nBeta')
  })

  it('returns null and writes nothing for an empty or blank span', () => {
    const room = createTestRoom({ text: reading })
    let updates = 0
    room.mapDoc.on('update', () => updates++)
    const at = spanOf(room, 'gamma').start
    expect(addNodeFromSpan(room, { kind: 'claim', start: at, end: at })).toBeNull()
    expect(addNodeFromSpan(room, { kind: 'claim', start: at - 1, end: at })).toBeNull()
    const paragraphEnd = spanOf(room, 'text.').end
    expect(addNodeFromSpan(room, { kind: 'claim', start: paragraphEnd, end: paragraphEnd + 2 })).toBeNull()
    expect(updates).toBe(0)
    expect(room.getSnapshot().nodes.size).toBe(0)
  })

  it('returns null when the reading is empty', () => {
    const room = createTestRoom()
    expect(addNodeFromSpan(room, { kind: 'claim', start: 0, end: 5 })).toBeNull()
  })

  it('writes the node and its anchor in one transaction and one update', () => {
    const room = createTestRoom({ text: reading })
    let transactions = 0
    let updates = 0
    room.mapDoc.on('afterTransaction', () => transactions++)
    room.mapDoc.on('update', () => updates++)
    let notified = 0
    room.subscribe(() => notified++)
    addNodeFromSpan(room, { kind: 'claim', ...spanOf(room, 'Epsilon') })
    expect(transactions).toBe(1)
    expect(updates).toBe(1)
    expect(room.getSnapshot().anchors.size).toBe(1)
    expect(notified).toBeGreaterThan(0)
  })

  it('gives a span longer than a record may hold no node rather than an invalid one', () => {
    const room = createTestRoom({ text: 'word '.repeat(5000) })
    const text = room.getAnchorLayout().index.text
    expect(addNodeFromSpan(room, { kind: 'claim', start: 0, end: text.length })).toBeNull()
    expect(room.getSnapshot().invalidRecords).toBe(0)
  })
})
