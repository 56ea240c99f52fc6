// @vitest-environment happy-dom
import { Editor } from '@tiptap/core'
import type { Transaction } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import { AnchorHighlightsExtension } from './AnchorHighlightsExtension'
import type { HighlightSpan } from './HighlightSpan'
import { type AnchorHighlightsMeta, anchorHighlightsKey, highlightSpans } from './anchorHighlights'
import { readingExtensions } from './readingExtensions'

let editor: Editor | undefined
afterEach(() => editor?.destroy())

function setUp(): { editor: Editor; mapped: () => HighlightSpan[] } {
  const current = new Editor({
    element: document.createElement('div'),
    extensions: [...readingExtensions(), AnchorHighlightsExtension],
    content: '<p>Alpha beta gamma delta.</p><p>Epsilon zeta eta theta.</p>',
  })
  editor = current
  const text = current.state.doc.textContent
  const at = (words: string) => current.state.doc.resolve(1).pos + text.indexOf(words)
  const spans: HighlightSpan[] = [
    { nodeId: 'n1', anchorId: 'a1', kind: 'claim', from: at('beta'), to: at('beta') + 'beta gamma'.length },
    { nodeId: 'n2', anchorId: 'a2', kind: 'evidence', from: at('delta'), to: at('delta') + 'delta'.length },
  ]
  const meta: AnchorHighlightsMeta = { spans }
  current.view.dispatch(current.state.tr.setMeta(anchorHighlightsKey, meta))
  // The reference: every span mapped through every transaction, one by one.
  let reference = spans
  current.on('transaction', ({ transaction }: { transaction: Transaction }) => {
    if (!transaction.docChanged) return
    reference = reference.map((span) => ({ ...span, from: transaction.mapping.map(span.from, 1), to: transaction.mapping.map(span.to, -1) }))
  })
  return { editor: current, mapped: () => reference }
}

function state(current: Editor) {
  return anchorHighlightsKey.getState(current.state)!
}

describe('anchorHighlights', () => {
  it('moves the spans with typing like mapping each keystroke, keeping a run of typing as one edit', () => {
    const { editor: current, mapped } = setUp()
    // Type at the start edge of the first highlight, one character at a time.
    let pos = state(current).placed[0]!.from
    for (const char of 'new ') current.view.dispatch(current.state.tr.insertText(char, pos++))
    expect(state(current).edits?.before).toBeNull()
    expect(highlightSpans(state(current))).toEqual(mapped())
    expect(current.state.doc.textBetween(highlightSpans(state(current))[0]!.from, highlightSpans(state(current))[0]!.to)).toBe('beta gamma')
  })

  it('maps deletions, typing at the end edge and typing elsewhere the same way', () => {
    const { editor: current, mapped } = setUp()
    const [first] = state(current).placed as [HighlightSpan]
    let pos = first.to
    for (const char of ' and') current.view.dispatch(current.state.tr.insertText(char, pos++))
    current.view.dispatch(current.state.tr.delete(first.from, first.from + 2))
    pos = highlightSpans(state(current))[1]!.from + 1
    for (const char of 'xy') current.view.dispatch(current.state.tr.insertText(char, pos++))
    current.view.dispatch(current.state.tr.insertText('z', 1))
    expect(highlightSpans(state(current))).toEqual(mapped())
    const [one, two] = highlightSpans(state(current)) as [HighlightSpan, HighlightSpan]
    expect(current.state.doc.textBetween(one.from, one.to)).toBe('ta gamma')
    expect(current.state.doc.textBetween(two.from, two.to)).toBe('dxyelta')
  })

  it('ends each highlight in a badge around its last piece, splitting no text, one per highlight, also across paragraphs', () => {
    const { editor: current } = setUp()
    const text = current.state.doc.textContent
    const start = (words: string) => 1 + text.indexOf(words)
    // n3 ends on the same character as n2 ("delta").
    const spans: HighlightSpan[] = [
      ...state(current).placed,
      { nodeId: 'n3', anchorId: 'a3', kind: 'counterclaim', from: start('gamma'), to: start('delta') + 'delta'.length },
      // Ends between the paragraphs (text positions are offset there): its last character is the first paragraph's last.
      { nodeId: 'n4', anchorId: 'a4', kind: 'claim', from: start('gamma'), to: start('Epsilon') + 1 },
    ]
    current.view.dispatch(current.state.tr.setMeta(anchorHighlightsKey, { spans } satisfies AnchorHighlightsMeta))
    const badges = [...current.view.dom.querySelectorAll<HTMLElement>('.hl-badge')]
    const ends = Object.fromEntries(badges.map((badge) => [badge.dataset.anchorId, badge.textContent]))
    // A piece ends where any highlight starts or ends: "beta gamma" is cut where n3 starts.
    expect(ends).toEqual({ a1: 'gamma', a2: 'delta', a3: 'delta', a4: '.' })
    for (const badge of badges) expect((badge.closest('.hl') ?? badge.querySelector('.hl'))!.textContent).toBe(badge.textContent)
    // Overlapping highlights keep an element each, with their own node ids.
    const ids = new Set([...current.view.dom.querySelectorAll<HTMLElement>('.hl')].map((element) => element.dataset.nodeId))
    expect(ids).toEqual(new Set(['n1', 'n2', 'n3', 'n4']))
    expect(current.view.dom.querySelectorAll('.hl-badge.hl, .hl.hl-claim.hl-evidence')).toHaveLength(0)
    // n2 and n3 end on one character: each has its own span, so each passage's count has its own element.
    const shared = badges.filter((badge) => badge.dataset.anchorId === 'a2' || badge.dataset.anchorId === 'a3')
    expect(shared[0]!.contains(shared[1]!) || shared[1]!.contains(shared[0]!)).toBe(true)
    expect(current.view.dom.textContent).toBe(text)
  })
})
