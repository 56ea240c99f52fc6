import { describe, expect, it } from 'vitest'
import { createTestRoom, spanOf } from '../testing/testRoom'
import { addNode } from './addNode'
import { addNodeFromSpan } from './addNodeFromSpan'
import { editNodeText } from './editNodeText'

describe('editNodeText', () => {
  it('replaces the text of a node', () => {
    const room = createTestRoom()
    const id = addNode(room, { kind: 'claim', text: 'old' })!
    expect(editNodeText(room, id, 'new words')).toBe(true)
    expect(room.getSnapshot().nodes.get(id)!.text).toBe('new words')
  })

  it('keeps the anchor and its quote when the node is reworded', () => {
    const room = createTestRoom({ text: 'The sky is blue today.' })
    const id = addNodeFromSpan(room, { kind: 'claim', ...spanOf(room, 'sky is blue') })!
    editNodeText(room, id, 'Blue sky')
    expect(room.getSnapshot().anchorOfNode.get(id)!.quote.exact).toBe('sky is blue')
    expect(room.getAnchorLayout().byNode.get(id)!.status).toBe('exact')
  })

  it('returns false for a missing node', () => {
    expect(editNodeText(createTestRoom(), 'nope', 'x')).toBe(false)
  })

  it('refuses a text longer than a node may hold instead of making the node invalid', () => {
    const room = createTestRoom()
    const id = addNode(room, { kind: 'claim', text: 'short' })!
    expect(editNodeText(room, id, 'x'.repeat(20_001))).toBe(false)
    expect(room.getSnapshot().nodes.get(id)!.text).toBe('short')
    expect(room.getSnapshot().invalidRecords).toBe(0)
  })
})
