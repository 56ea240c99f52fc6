import { isChangeOrigin } from '@tiptap/extension-collaboration'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { HighlightSpan } from './HighlightSpan'

export interface AnchorHighlightsState {
  readonly spans: readonly HighlightSpan[]
  readonly decorations: DecorationSet
  /** False after a remote change until the spans are rebuilt from Yjs: mapping them is meaningless then. */
  readonly fresh: boolean
  /** Where this browser's own text edits moved each highlight, by anchor id, waiting to be written back. */
  readonly moved: ReadonlyMap<string, HighlightSpan>
}

export interface AnchorHighlightsMeta {
  spans: readonly HighlightSpan[]
}

export const anchorHighlightsKey = new PluginKey<AnchorHighlightsState>('warrantAnchorHighlights')

/**
 * Highlights are decorations built from anchors, not marks in the text, so they can overlap and
 * be made by people who cannot edit the text. Local edits map them through the transaction
 * (Yjs hears of a local edit only after this runs); remote edits replace the whole document,
 * so the spans are rebuilt from Yjs instead (see HighlightSync).
 */
export function anchorHighlights(): Plugin<AnchorHighlightsState> {
  return new Plugin<AnchorHighlightsState>({
    key: anchorHighlightsKey,
    state: {
      init: () => ({ spans: [], decorations: DecorationSet.empty, fresh: true, moved: new Map() }),
      apply(tr, value, _oldState, newState) {
        const meta = tr.getMeta(anchorHighlightsKey) as AnchorHighlightsMeta | undefined
        if (meta) return { spans: meta.spans, decorations: decorate(newState.doc, meta.spans), fresh: true, moved: new Map() }
        if (!tr.docChanged) return value
        if (isChangeOrigin(tr)) return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc), fresh: false }
        if (!value.fresh) return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) }
        const spans = value.spans.map((span) => mapSpan(span, tr))
        const moved = new Map(value.moved)
        for (const span of spans) moved.set(span.anchorId, span)
        return { spans, decorations: value.decorations.map(tr.mapping, tr.doc), fresh: true, moved }
      },
    },
    props: {
      decorations: (state) => anchorHighlightsKey.getState(state)?.decorations,
    },
  })
}

/** Text typed at either edge stays outside: the start sticks right, the end sticks left. */
function mapSpan(span: HighlightSpan, tr: Transaction): HighlightSpan {
  return { ...span, from: tr.mapping.map(span.from, 1), to: tr.mapping.map(span.to, -1) }
}

function decorate(doc: Parameters<typeof DecorationSet.create>[0], spans: readonly HighlightSpan[]): DecorationSet {
  const decorations = spans
    .filter((span) => span.from < span.to)
    .flatMap((span) => [Decoration.inline(span.from, span.to, { class: `hl hl-${span.kind}`, 'data-node-id': span.nodeId }), commentBadge(span)])
  return DecorationSet.create(doc, decorations)
}

/** An empty mark at a highlight's end; a CSS rule shows the passage's comment count in it (ReaderCommentBadges). */
function commentBadge(span: HighlightSpan): Decoration {
  const render = () => {
    const badge = document.createElement('span')
    badge.className = 'hl-badge'
    badge.dataset.anchorId = span.anchorId
    badge.dataset.nodeId = span.nodeId
    return badge
  }
  return Decoration.widget(span.to, render, { side: -1, key: `badge:${span.anchorId}:${span.nodeId}`, ignoreSelection: true })
}
