import { describe, expect, it } from 'vitest'
import { typeText } from '../testing/proseMirrorEdits'
import { createTestRoom, spanOf } from '../testing/testRoom'
import { addNodeFromSpan } from './addNodeFromSpan'
import { repairAnchor } from './repairAnchor'

describe('repairAnchor', () => {
  it('re-ties an anchor to a new span with fresh positions and selectors', () => {
    const room = createTestRoom({ text: 'The sky is blue today.' })
    const nodeId = addNodeFromSpan(room, { kind: 'claim', ...spanOf(room, 'sky is blue') })!
    const anchorId = room.getSnapshot().anchorOfNode.get(nodeId)!.id
    typeText(room.content, 0, 'The sky is'.length, ' very')
    expect(room.getAnchorLayout().byNode.get(nodeId)!.status).not.toBe('exact')
    const span = spanOf(room, 'sky is very blue')
    expect(repairAnchor(room, anchorId, span.start, span.end)).toBe(true)
    const anchor = room.getSnapshot().anchorOfNode.get(nodeId)!
    expect(anchor.quote).toEqual({ exact: 'sky is very blue', prefix: 'The ', suffix: ' today.' })
    expect(anchor.position).toEqual(span)
    expect(room.getAnchorLayout().byNode.get(nodeId)).toMatchObject({ status: 'exact', ...span })
  })

  it('refuses an empty span or a missing anchor', () => {
    const room = createTestRoom({ text: 'The sky is blue today.' })
    const nodeId = addNodeFromSpan(room, { kind: 'claim', ...spanOf(room, 'sky') })!
    const anchorId = room.getSnapshot().anchorOfNode.get(nodeId)!.id
    expect(repairAnchor(room, anchorId, 4, 4)).toBe(false)
    expect(repairAnchor(room, anchorId, 6, 4)).toBe(false)
    expect(repairAnchor(room, 'missing', 0, 3)).toBe(false)
    expect(room.getAnchorLayout().byNode.get(nodeId)).toMatchObject({ status: 'exact', start: 4, end: 7 })
  })
})
