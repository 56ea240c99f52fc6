import type { Editor } from '@tiptap/core'
import { isChangeOrigin } from '@tiptap/extension-collaboration'
import type { Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { type Room, repairAnchor, sameEntries } from '@warrant/model'
import type * as Y from 'yjs'
import { afterNextPaint } from '../session/afterNextPaint'
import type { HighlightSpan } from './HighlightSpan'
import { ProseMirrorTextIndex } from './ProseMirrorTextIndex'
import { type AnchorHighlightsMeta, anchorHighlightsKey, highlightSpans } from './anchorHighlights'

/** Transaction origin of anchor repairs; map undo does not track it. */
export const anchorRepairOrigin = { reader: 'anchor-repair' as const }

/** The sync running for each editor (see HighlightSync.of). */
const syncs = new WeakMap<Editor, HighlightSync>()

/**
 * Keeps the reader's highlights in step with the room: after any change to either doc it
 * resolves the anchors (model, over Yjs), writes back where this browser's own text edits
 * moved them, and hands the editor fresh spans. Work is batched to one pass per microtask,
 * after the Yjs binding and the editor agree again.
 */
export class HighlightSync {
  private scheduled = false
  /** Passes wait while a hold is on (`holdUntilPainted`); `heldPass` says one is due. */
  private holds = 0
  private heldPass = false
  private lastLocalEdit = Number.NEGATIVE_INFINITY
  private pauseTimer: ReturnType<typeof setTimeout> | null = null
  /** The inputs of the last pass: a node move changes neither, and then there is nothing to do. */
  private last: { doc: unknown; layout: unknown; kinds: ReadonlyMap<string, string> } | null = null
  private readonly unsubscribe: () => void

  /**
   * @param typingPause While this person types, their highlights follow through each
   * transaction's mapping; resolving every anchor again (a walk of the whole reading) waits for
   * a pause this long (ms). Remote changes are never deferred.
   */
  constructor(
    private readonly editor: Editor,
    private readonly room: Room,
    private readonly typingPause = 250,
  ) {
    this.unsubscribe = room.subscribe(this.schedule)
    syncs.set(editor, this)
    editor.on('transaction', this.onTransaction)
    room.textDoc.on('beforeTransaction', this.beforeTextChange)
    this.schedule()
  }

  dispose(): void {
    if (this.pauseTimer !== null) clearTimeout(this.pauseTimer)
    this.unsubscribe()
    if (syncs.get(this.editor) === this) syncs.delete(this.editor)
    this.editor.off('transaction', this.onTransaction)
    this.room.textDoc.off('beforeTransaction', this.beforeTextChange)
  }

  /** The current span of a node's passage, if it has one in the text. */
  spanOf(nodeId: string): HighlightSpan | undefined {
    const highlights = anchorHighlightsKey.getState(this.editor.state)
    return highlights && highlightSpans(highlights).find((span) => span.nodeId === nodeId)
  }

  private readonly onTransaction = ({ transaction }: { transaction: Transaction }) => {
    if (!transaction.docChanged) return
    if (!isChangeOrigin(transaction)) this.lastLocalEdit = performance.now()
    this.schedule()
  }

  /**
   * A change to the text from elsewhere (another person, undo, an import) is about to land while
   * this person's own moves still wait for the typing pause: they are written back now, while the
   * text is still the one their positions belong to. Afterwards nothing can map them (a remote
   * change replaces the whole editor document), and they would re-tie anchors to shifted words.
   */
  private readonly beforeTextChange = (transaction: Y.Transaction) => {
    if (transaction.origin === ySyncPluginKey || this.editor.isDestroyed) return
    const highlights = anchorHighlightsKey.getState(this.editor.state)
    if (!highlights?.fresh || !highlights.edits) return
    const index = ProseMirrorTextIndex.of(this.editor.state.doc)
    if (index.text === this.room.getAnchorLayout().index.text) this.writeBackMoves(index, highlightSpans(highlights))
  }

  /** The sync of an editor, if one runs (createNodeFromSelection holds its pass through it). */
  static of(editor: Editor): HighlightSync | undefined {
    return syncs.get(editor)
  }

  /**
   * Holds every pass until the frame after this task has been produced, then runs `then` and the
   * pass that was held. A new node's own frame then shows the node on the map without also laying
   * out and painting the reading with its new highlight (~10 ms of a keystroke and a forced layout
   * of the reading), which follows a frame later; the selection stays drawn until then.
   */
  holdUntilPainted(then: () => void): void {
    this.holds++
    afterNextPaint(() => {
      this.holds--
      if (this.editor.isDestroyed) return
      then()
      if (this.holds > 0 || !this.heldPass) return
      this.heldPass = false
      this.sync()
    })
  }

  private readonly schedule = () => {
    if (this.holds > 0) {
      this.heldPass = true
      return
    }
    if (this.scheduled) return
    this.scheduled = true
    queueMicrotask(() => {
      this.scheduled = false
      if (this.holds > 0) this.heldPass = true
      else if (!this.editor.isDestroyed) this.sync()
    })
  }

  private sync(): void {
    const { state } = this.editor
    const highlights = anchorHighlightsKey.getState(state)
    if (!highlights) return
    // Moves of this browser's own edits, still to be written back (after a remote change they
    // were written back before it, see beforeTextChange).
    const moved = highlights.fresh && highlights.edits !== null
    // Mid-typing: the mapped spans are right; the full pass runs once the typing pauses.
    const sinceEdit = performance.now() - this.lastLocalEdit
    if (moved && sinceEdit < this.typingPause) {
      this.pauseTimer ??= setTimeout(() => {
        this.pauseTimer = null
        this.schedule()
      }, this.typingPause - sinceEdit)
      return
    }
    const kinds = anchoredKinds(this.room)
    const unchanged = this.last && this.last.doc === state.doc && this.last.layout === this.room.getAnchorLayout() && sameEntries(this.last.kinds, kinds)
    if (unchanged && highlights.fresh && !highlights.edits) return
    const index = ProseMirrorTextIndex.of(state.doc)
    let layout = this.room.getAnchorLayout()
    // The editor and Yjs disagree only mid-update; the next change brings another pass.
    const agree = index.text === layout.index.text
    if (agree && moved && this.writeBackMoves(index, highlightSpans(highlights))) layout = this.room.getAnchorLayout()
    const spans: HighlightSpan[] = []
    for (const node of this.room.getSnapshot().nodeList) {
      const resolved = layout.byNode.get(node.id)
      if (!resolved || resolved.status === 'orphaned') continue
      if (!agree && index.text.slice(resolved.start, resolved.end) !== layout.index.text.slice(resolved.start, resolved.end)) continue
      spans.push({ nodeId: node.id, anchorId: resolved.anchorId, kind: node.kind, from: index.posAt(resolved.start, 'start'), to: index.posAt(resolved.end, 'end') })
    }
    this.last = { doc: state.doc, layout, kinds }
    if (sameSpans(spans, highlights.placed) && highlights.fresh && !highlights.edits) return
    const meta: AnchorHighlightsMeta = { spans }
    this.editor.view.dispatch(state.tr.setMeta(anchorHighlightsKey, meta).setMeta('addToHistory', false))
  }

  /**
   * This browser's edit moved a highlight; where Yjs now disagrees (its positions drift on some
   * edits, see ANCHORS.md), the anchor is re-tied for everyone. A span the edit deleted entirely
   * is left alone: its anchor becomes an orphan.
   */
  private writeBackMoves(index: ProseMirrorTextIndex, moved: readonly HighlightSpan[]): boolean {
    const layout = this.room.getAnchorLayout()
    const repairs: { anchorId: string; start: number; end: number }[] = []
    for (const span of moved) {
      if (span.from >= span.to) continue
      const start = index.offsetAt(span.from)
      const end = index.offsetAt(span.to)
      const resolved = layout.byNode.get(span.nodeId)
      const same = resolved && resolved.status === 'exact' && resolved.start === start && resolved.end === end
      if (!same && start < end) repairs.push({ anchorId: span.anchorId, start, end })
    }
    if (repairs.length === 0) return false
    // Its own origin: a repair follows a text edit and is no map command to undo.
    this.room.mapDoc.transact(() => {
      for (const { anchorId, start, end } of repairs) repairAnchor(this.room, anchorId, start, end)
    }, anchorRepairOrigin)
    return true
  }
}

function sameSpans(a: readonly HighlightSpan[], b: readonly HighlightSpan[]): boolean {
  if (a.length !== b.length) return false
  return a.every((span, i) => {
    const other = b[i]!
    return span.nodeId === other.nodeId && span.from === other.from && span.to === other.to && span.kind === other.kind && span.anchorId === other.anchorId
  })
}

/** The kind of every node with an anchor: what, besides positions, the highlights are drawn from. */
function anchoredKinds(room: Room): Map<string, string> {
  const { nodes } = room.getSnapshot()
  const kinds = new Map<string, string>()
  for (const nodeId of room.getAnchorLayout().byNode.keys()) kinds.set(nodeId, nodes.get(nodeId)?.kind ?? '')
  return kinds
}
