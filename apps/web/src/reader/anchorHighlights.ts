import { isChangeOrigin } from '@tiptap/extension-collaboration'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Mapping, StepMap } from '@tiptap/pm/transform'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { HighlightSpan } from './HighlightSpan'

/** This browser's own text edits since the spans were placed, newest first. */
export interface LocalEdits {
  readonly mapping: Mapping
  readonly before: LocalEdits | null
  /** Set when the edit only inserted text (typing): the next such edit right after it joins it. */
  readonly insertion?: { readonly at: number; readonly size: number }
}

export interface AnchorHighlightsState {
  /** The spans as HighlightSync last placed them, in the document of that time. */
  readonly placed: readonly HighlightSpan[]
  /**
   * This browser's text edits since then (null when none): they moved every span (see
   * `highlightSpans`), and the moves wait to be written back. Kept as mappings rather than
   * mapped spans so that a keystroke costs no walk of the 500 spans.
   */
  readonly edits: LocalEdits | null
  readonly decorations: DecorationSet
  /** False after a remote change until the spans are rebuilt from Yjs: mapping them is meaningless then. */
  readonly fresh: boolean
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
      init: () => ({ placed: [], edits: null, decorations: DecorationSet.empty, fresh: true }),
      apply(tr, value, _oldState, newState) {
        const meta = tr.getMeta(anchorHighlightsKey) as AnchorHighlightsMeta | undefined
        if (meta) return { placed: meta.spans, edits: null, decorations: decorate(newState.doc, meta.spans), fresh: true }
        if (!tr.docChanged) return value
        const decorations = value.decorations.map(tr.mapping, tr.doc)
        if (isChangeOrigin(tr)) return { ...value, decorations, fresh: false }
        // With no spans there is nothing to move or write back (and no reason to wait for a pause).
        if (!value.fresh || value.placed.length === 0) return { ...value, decorations }
        return { ...value, decorations, edits: addEdit(value.edits, tr.mapping) }
      },
    },
    props: {
      decorations: (state) => anchorHighlightsKey.getState(state)?.decorations,
    },
  })
}

/**
 * Records an edit. Typing is a run of one-character insertions, each right after the last: they
 * are kept as one insertion, which maps every position exactly as the run does, so that the
 * spans cost one mapping per run of typing, not one per key.
 */
function addEdit(edits: LocalEdits | null, mapping: Mapping): LocalEdits {
  const insertion = insertionOf(mapping)
  const last = edits?.insertion
  if (edits && last && insertion && insertion.at === last.at + last.size) {
    const joined = { at: last.at, size: last.size + insertion.size }
    return { mapping: new Mapping([new StepMap([joined.at, 0, joined.size])]), before: edits.before, insertion: joined }
  }
  return insertion ? { mapping, before: edits, insertion } : { mapping, before: edits }
}

/** Where and how much a mapping inserts, when inserting is all it does. */
function insertionOf(mapping: Mapping): { at: number; size: number } | null {
  if (mapping.maps.length !== 1) return null
  const ranges: number[][] = []
  mapping.maps[0]!.forEach((oldStart, oldEnd, newStart, newEnd) => ranges.push([oldStart, oldEnd, newStart, newEnd]))
  const [range] = ranges
  if (ranges.length !== 1 || !range) return null
  const [oldStart, oldEnd, newStart, newEnd] = range as [number, number, number, number]
  return oldStart === oldEnd && oldStart === newStart && newEnd > newStart ? { at: oldStart, size: newEnd - newStart } : null
}

const current = new WeakMap<AnchorHighlightsState, readonly HighlightSpan[]>()

/** The spans where they are now: as placed, moved by this browser's edits since. */
export function highlightSpans(state: AnchorHighlightsState): readonly HighlightSpan[] {
  if (!state.edits) return state.placed
  let spans = current.get(state)
  if (!spans) {
    const mappings: Mapping[] = []
    for (let edit: LocalEdits | null = state.edits; edit; edit = edit.before) mappings.push(edit.mapping)
    mappings.reverse()
    spans = state.placed.map((span) => mapSpan(span, mappings))
    current.set(state, spans)
  }
  return spans
}

/** Text typed at either edge stays outside: the start sticks right, the end sticks left. */
function mapSpan(span: HighlightSpan, mappings: readonly Mapping[]): HighlightSpan {
  let { from, to } = span
  for (const mapping of mappings) {
    from = mapping.map(from, 1)
    to = mapping.map(to, -1)
  }
  return { ...span, from, to }
}

/**
 * Every highlight and badge is a `nodeName` decoration, so each gets an element of its own where
 * they overlap: ProseMirror would otherwise merge their attributes into one element, and which
 * node id that element kept would depend on the order of the decorations.
 */
function decorate(doc: ProseMirrorNode, spans: readonly HighlightSpan[]): DecorationSet {
  const shown = spans.filter((span) => span.from < span.to)
  const edges = [...new Set(shown.flatMap((span) => [span.from, span.to]))].sort((a, b) => a - b)
  const texts = textNodes(doc)
  const decorations: Decoration[] = []
  for (const span of shown) {
    decorations.push(Decoration.inline(span.from, span.to, { nodeName: 'span', class: `hl hl-${span.kind}`, 'data-node-id': span.nodeId }))
    const badge = commentBadge(texts, span, edges)
    if (badge) decorations.push(badge)
  }
  return DecorationSet.create(doc, decorations)
}

/** Where each text node starts and ends, in document order. */
interface TextNodes {
  starts: number[]
  ends: number[]
}

/**
 * One walk of the document. Resolving a position per highlight instead walked the document's
 * top-level children from the start each time: 500 highlights in a reading of 2,000
 * paragraphs made that a million steps a pass.
 */
function textNodes(doc: ProseMirrorNode): TextNodes {
  const starts: number[] = []
  const ends: number[] = []
  doc.descendants((node, pos) => {
    if (node.isText) {
      starts.push(pos)
      ends.push(pos + node.nodeSize)
    }
    return !node.isText
  })
  return { starts, ends }
}

/**
 * A span around the highlight's last piece (from the last highlight edge or text-node start
 * before its end), nested inside the highlight's own span there; a CSS rule draws the passage's
 * comment count after it (ReaderCommentBadges). Not a widget: ProseMirror redraws a widget that
 * touches the text a key changed, which cost a second layout per keystroke (BENCHMARKS.md,
 * reader). Covering the whole piece splits no text, so the highlight stays one element there
 * (its hover ring has no seam).
 */
function commentBadge(texts: TextNodes, span: HighlightSpan, edges: readonly number[]): Decoration | null {
  // The text node holding the span's last character: the last one that starts before its end.
  const last = lastBelow(texts.starts, span.to)
  if (last < 0 || texts.ends[last]! <= span.from) return null
  const end = Math.min(span.to, texts.ends[last]!)
  const start = Math.max(span.from, texts.starts[last]!, edgeBefore(edges, end))
  return Decoration.inline(start, end, { nodeName: 'span', class: 'hl-badge', 'data-anchor-id': span.anchorId, 'data-node-id': span.nodeId })
}

/** The largest of the sorted `edges` below `pos` (or -1). */
function edgeBefore(edges: readonly number[], pos: number): number {
  const index = lastBelow(edges, pos)
  return index >= 0 ? edges[index]! : -1
}

/** The index of the last of the sorted `values` below `pos` (or -1). */
function lastBelow(values: readonly number[], pos: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (values[middle]! < pos) low = middle + 1
    else high = middle
  }
  return low - 1
}

