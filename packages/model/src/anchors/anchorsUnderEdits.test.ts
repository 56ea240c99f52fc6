import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { Room } from '../Room'
import { addNodeFromSpan } from '../commands/addNodeFromSpan'
import { repairAnchor } from '../commands/repairAnchor'
import { deleteText, joinParagraphs, paragraphTexts, splitParagraph, typeText } from '../testing/proseMirrorEdits'
import { syncDocs } from '../testing/syncDocs'
import { createTestRoom } from '../testing/testRoom'

const reading = [
  'The first paragraph sets the scene for the whole reading.',
  'Here the author says that alpha beta gamma is the claim, and then moves on to other things.',
  'A last paragraph closes the text.',
].join('\n')
const quote = 'alpha beta gamma'
const highlightParagraph = 1
const quoteAt = reading.split('\n')[highlightParagraph]!.indexOf(quote)

const both = (state: { status: string; words: string | null }) => ({ a: state, b: state, alike: true })

/** Two peers on one room, fully synced, with a node made from the quote by peer A. */
function twoPeers() {
  const a = createTestRoom({ text: reading, user: { id: 'ada', name: 'Ada' } })
  const b = createTestRoom({ user: { id: 'bob', name: 'Bob' } })
  const sync = () => {
    syncDocs(a.textDoc, b.textDoc)
    syncDocs(a.mapDoc, b.mapDoc)
  }
  sync()
  const text = a.getAnchorLayout().index.text
  const start = text.indexOf(quote)
  const nodeId = addNodeFromSpan(a, { kind: 'claim', start, end: start + quote.length })!
  const anchorId = a.getSnapshot().anchorOfNode.get(nodeId)!.id
  sync()
  const resolved = (room: Room) => room.getAnchorLayout().byNode.get(nodeId)!
  /** The words the highlight covers on a peer, or null when it is orphaned. */
  const highlighted = (room: Room) => {
    const anchor = resolved(room)
    return anchor.status === 'orphaned' ? null : room.getAnchorLayout().index.text.slice(anchor.start, anchor.end)
  }
  /** The plain-text span of some words on a peer. */
  const spanOf = (room: Room, words: string) => {
    const at = room.getAnchorLayout().index.text.indexOf(words)
    if (at < 0) throw new Error(`no "${words}"`)
    return { start: at, end: at + words.length }
  }
  /** Where the highlight stands on each peer, and whether both resolved it alike. */
  const onBoth = () => ({
    a: { status: resolved(a).status, words: highlighted(a) },
    b: { status: resolved(b).status, words: highlighted(b) },
    alike: isDeepStrictEqual(resolved(a), resolved(b)),
  })
  return { a, b, sync, nodeId, anchorId, resolved, highlighted, spanOf, onBoth }
}

describe('an anchor under text edits made by a peer', () => {
  it('starts exact on both peers', () => {
    const { onBoth } = twoPeers()
    expect(onBoth()).toEqual(both({ status: 'exact', words: quote }))
  })

  it('stays exact when text is typed before it, in its paragraph and in an earlier one', () => {
    const { a, b, sync, onBoth } = twoPeers()
    typeText(a.content, highlightParagraph, 5, 'indeed ')
    typeText(b.content, 0, 0, 'Preface. ')
    sync()
    expect(onBoth()).toEqual(both({ status: 'exact', words: quote }))
  })

  it('stays exact when text is typed after it', () => {
    const { a, sync, onBoth } = twoPeers()
    typeText(a.content, highlightParagraph, quoteAt + quote.length + 4, ' truly')
    typeText(a.content, 2, 0, 'And ')
    sync()
    expect(onBoth()).toEqual(both({ status: 'exact', words: quote }))
  })

  it('leaves text typed at its start edge outside the highlight', () => {
    const { a, sync, onBoth } = twoPeers()
    typeText(a.content, highlightParagraph, quoteAt, 'omega ')
    sync()
    expect(onBoth()).toEqual(both({ status: 'exact', words: quote }))
  })

  it('leaves text typed at its end edge outside the highlight', () => {
    const { a, sync, onBoth } = twoPeers()
    typeText(a.content, highlightParagraph, quoteAt + quote.length, ' delta')
    sync()
    expect(onBoth()).toEqual(both({ status: 'exact', words: quote }))
  })

  it('is no longer exact after typing inside it, and exact with the new words once the editor repairs it', () => {
    const { a, b, sync, anchorId, resolved, highlighted, spanOf, onBoth } = twoPeers()
    typeText(a.content, highlightParagraph, quoteAt + 'alpha'.length, ' and')
    sync()
    for (const room of [a, b]) {
      expect(resolved(room).status).not.toBe('exact')
      // Whatever it resolves to, it never covers other words than its quote.
      expect([null, quote]).toContain(highlighted(room))
    }
    const span = spanOf(a, 'alpha and beta gamma')
    expect(repairAnchor(a, anchorId, span.start, span.end)).toBe(true)
    sync()
    expect(onBoth()).toEqual(both({ status: 'exact', words: 'alpha and beta gamma' }))
    expect(b.getSnapshot().anchors.get(anchorId)!.quote.exact).toBe('alpha and beta gamma')
  })

  it('is no longer exact after a paragraph split inside it, and spans both halves once repaired', () => {
    const { a, b, sync, anchorId, resolved, highlighted, spanOf, onBoth } = twoPeers()
    splitParagraph(a.content, highlightParagraph, quoteAt + 'alpha '.length)
    sync()
    for (const room of [a, b]) {
      expect(resolved(room).status).not.toBe('exact')
      expect([null, quote]).toContain(highlighted(room))
    }
    const span = { start: spanOf(a, 'alpha').start, end: spanOf(a, 'beta gamma').end }
    expect(repairAnchor(a, anchorId, span.start, span.end)).toBe(true)
    sync()
    expect(onBoth()).toEqual(both({ status: 'exact', words: 'alpha \n\nbeta gamma' }))
  })

  it('is recovered by its quote at the right place after a split right before it', () => {
    const { a, sync, spanOf, onBoth, resolved } = twoPeers()
    splitParagraph(a.content, highlightParagraph, quoteAt)
    sync()
    expect(onBoth()).toEqual(both({ status: 'recovered', words: quote }))
    expect(resolved(a)).toMatchObject(spanOf(a, quote))
  })

  it('is recovered by its quote after a split earlier in its paragraph', () => {
    const { a, sync, spanOf, onBoth, resolved } = twoPeers()
    splitParagraph(a.content, highlightParagraph, 'Here the'.length)
    sync()
    expect(onBoth()).toEqual(both({ status: 'recovered', words: quote }))
    expect(resolved(a)).toMatchObject(spanOf(a, quote))
  })

  it('stays exact after a split after it or in another paragraph', () => {
    const { a, sync, onBoth } = twoPeers()
    splitParagraph(a.content, highlightParagraph, quoteAt + quote.length + 10)
    splitParagraph(a.content, 0, 4)
    sync()
    expect(onBoth()).toEqual(both({ status: 'exact', words: quote }))
  })

  it('is recovered by its quote at the right place when its paragraph is joined into the previous one', () => {
    const { a, sync, spanOf, onBoth, resolved } = twoPeers()
    joinParagraphs(a.content, highlightParagraph - 1)
    sync()
    expect(paragraphTexts(a.content)).toHaveLength(2)
    expect(onBoth()).toEqual(both({ status: 'recovered', words: quote }))
    expect(resolved(a)).toMatchObject(spanOf(a, quote))
  })

  it('recovers a short highlight at the start of the last paragraph after that paragraph is joined', () => {
    const { a, b, sync, spanOf } = twoPeers()
    const nodeId = addNodeFromSpan(a, { kind: 'claim', ...spanOf(a, 'A last') })!
    sync()
    joinParagraphs(a.content, 1)
    sync()
    for (const room of [a, b]) {
      expect(room.getAnchorLayout().byNode.get(nodeId)).toMatchObject({ status: 'recovered', ...spanOf(room, 'A last') })
    }
  })

  it('stays exact when the next paragraph is joined into its own', () => {
    const { a, sync, onBoth } = twoPeers()
    joinParagraphs(a.content, highlightParagraph)
    sync()
    expect(onBoth()).toEqual(both({ status: 'exact', words: quote }))
  })

  it('is orphaned on both peers when its whole span is deleted, and the node stays', () => {
    const { a, b, sync, nodeId, onBoth } = twoPeers()
    deleteText(a.content, highlightParagraph, quoteAt, quote.length)
    sync()
    expect(onBoth()).toEqual(both({ status: 'orphaned', words: null }))
    expect(a.getSnapshot().nodes.has(nodeId)).toBe(true)
    expect(b.getSnapshot().nodes.get(nodeId)!.text).toBe(quote)
  })

  it('is orphaned when its whole paragraph is deleted', () => {
    const { a, sync, onBoth } = twoPeers()
    a.textDoc.transact(() => a.content.delete(highlightParagraph, 1))
    sync()
    expect(onBoth()).toEqual(both({ status: 'orphaned', words: null }))
  })

  it('is not exact after part of it is deleted, and exact on the rest once repaired', () => {
    const { a, b, sync, anchorId, resolved, highlighted, spanOf, onBoth } = twoPeers()
    deleteText(a.content, highlightParagraph, quoteAt + 'alpha '.length, 'beta '.length)
    sync()
    for (const room of [a, b]) {
      expect(resolved(room).status).not.toBe('exact')
      expect([null, quote]).toContain(highlighted(room))
    }
    const span = spanOf(a, 'alpha gamma')
    repairAnchor(a, anchorId, span.start, span.end)
    sync()
    expect(onBoth()).toEqual(both({ status: 'exact', words: 'alpha gamma' }))
  })

  it('is found again, exact, when a deletion inside it is typed back by hand', () => {
    const { a, sync, onBoth } = twoPeers()
    deleteText(a.content, highlightParagraph, quoteAt + 'alpha '.length, 'beta'.length)
    typeText(a.content, highlightParagraph, quoteAt + 'alpha '.length, 'beta')
    sync()
    expect(onBoth()).toEqual(both({ status: 'exact', words: quote }))
  })
})

describe('an anchor under concurrent text edits', () => {
  it('stays exact when one peer types before it and the other after it', () => {
    const { a, b, sync, onBoth } = twoPeers()
    typeText(a.content, highlightParagraph, 0, 'So: ')
    typeText(b.content, highlightParagraph, quoteAt + quote.length, ' (sic)')
    sync()
    expect(onBoth()).toEqual(both({ status: 'exact', words: quote }))
  })

  it('stays exact when both peers type at its two edges', () => {
    const { a, b, sync, onBoth } = twoPeers()
    typeText(a.content, highlightParagraph, quoteAt, 'omega ')
    typeText(b.content, highlightParagraph, quoteAt + quote.length, ' delta')
    sync()
    expect(onBoth()).toEqual(both({ status: 'exact', words: quote }))
  })

  it('keeps a repair made while another peer typed elsewhere', () => {
    const { a, b, sync, anchorId, spanOf, onBoth } = twoPeers()
    typeText(a.content, highlightParagraph, quoteAt + 'alpha'.length, ' and')
    const span = spanOf(a, 'alpha and beta gamma')
    repairAnchor(a, anchorId, span.start, span.end)
    typeText(b.content, highlightParagraph, 0, 'Plainly, ')
    typeText(b.content, 0, 0, 'Foreword. ')
    sync()
    expect(onBoth()).toEqual(both({ status: 'exact', words: 'alpha and beta gamma' }))
  })

  it('is orphaned on both when one peer deletes it while the other types at its end', () => {
    const { a, b, sync, onBoth } = twoPeers()
    deleteText(a.content, highlightParagraph, quoteAt, quote.length)
    typeText(b.content, highlightParagraph, quoteAt + quote.length, ' delta')
    sync()
    expect(onBoth()).toEqual(both({ status: 'orphaned', words: null }))
  })

  it('is recovered alike on both when one peer joins its paragraph and the other types before it', () => {
    const { a, b, sync, spanOf, onBoth, resolved } = twoPeers()
    joinParagraphs(a.content, highlightParagraph - 1)
    typeText(b.content, 0, 0, 'Foreword. ')
    sync()
    expect(onBoth()).toEqual(both({ status: 'recovered', words: quote }))
    expect(resolved(b)).toMatchObject(spanOf(b, quote))
  })

  it('converges when one peer splits inside it and the other types inside it', () => {
    const { a, b, sync, resolved, highlighted } = twoPeers()
    splitParagraph(a.content, highlightParagraph, quoteAt + 'alpha '.length)
    typeText(b.content, highlightParagraph, quoteAt + 'alpha beta'.length, ' and')
    sync()
    expect(resolved(b)).toEqual(resolved(a))
    expect([null, quote]).toContain(highlighted(a))
  })
})
