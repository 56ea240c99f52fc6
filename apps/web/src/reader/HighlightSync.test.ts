// @vitest-environment happy-dom
import { Editor } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import { Room, writeReadingText } from '@warrant/model'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { afterNextPaint } from '../session/afterNextPaint'
import { AnchorHighlightsExtension } from './AnchorHighlightsExtension'
import { HighlightSync } from './HighlightSync'
import { ProseMirrorTextIndex } from './ProseMirrorTextIndex'
import { anchorHighlightsKey, highlightSpans } from './anchorHighlights'
import { createNodeFromSelection } from './createNodeFromSelection'
import { readingExtensions } from './readingExtensions'

const reading = 'Alpha beta gamma delta.\nEpsilon zeta eta theta.\nIota kappa lambda.'
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve))
/** After the frame a new node shows in: its highlight and caret follow then (holdUntilPainted). */
const painted = () => new Promise<void>((resolve) => afterNextPaint(resolve))

function setUp(typingPause = 0) {
  const textDoc = new Y.Doc()
  writeReadingText(textDoc.getXmlFragment('content'), reading)
  const room = new Room({ textDoc, user: { id: 'u1', name: 'Ada' } })
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...readingExtensions(), Collaboration.configure({ document: textDoc, field: 'content' }), AnchorHighlightsExtension],
  })
  const sync = new HighlightSync(editor, room, typingPause)
  return { textDoc, room, editor, sync }
}

let dispose: (() => void) | undefined
afterEach(() => dispose?.())

/** Selects the first occurrence of some words in the editor. */
function select(editor: Editor, words: string): void {
  const index = new ProseMirrorTextIndex(editor.state.doc)
  const start = index.text.indexOf(words)
  editor.commands.setTextSelection({ from: index.posAt(start, 'start'), to: index.posAt(start + words.length, 'end') })
}

function highlightedText(editor: Editor, nodeId: string): string | undefined {
  const state = anchorHighlightsKey.getState(editor.state)
  const span = state && highlightSpans(state).find((candidate) => candidate.nodeId === nodeId)
  return span && editor.state.doc.textBetween(span.from, span.to, '\n\n', '\n')
}

describe('HighlightSync', () => {
  it('gives the editor the same plain text as the model', () => {
    const { editor, room, sync } = setUp()
    dispose = () => (sync.dispose(), editor.destroy())
    expect(new ProseMirrorTextIndex(editor.state.doc).text).toBe(room.getAnchorLayout().index.text)
  })

  it('builds the text index of a document once, and anew when the text changes', () => {
    const { editor, sync } = setUp()
    dispose = () => (sync.dispose(), editor.destroy())
    const index = ProseMirrorTextIndex.of(editor.state.doc)
    expect(ProseMirrorTextIndex.of(editor.state.doc)).toBe(index)
    editor.commands.insertContentAt(1, 'So ')
    const changed = ProseMirrorTextIndex.of(editor.state.doc)
    expect(changed).not.toBe(index)
    expect(changed.text.startsWith('So Alpha')).toBe(true)
  })

  it('highlights a selection turned into a claim, on exactly its words', async () => {
    const { editor, room, sync } = setUp()
    dispose = () => (sync.dispose(), editor.destroy())
    select(editor, 'zeta eta')
    const nodeId = createNodeFromSelection(editor, room, 'claim')!
    await painted()
    expect(room.getSnapshot().nodes.get(nodeId)?.text).toBe('zeta eta')
    expect(highlightedText(editor, nodeId)).toBe('zeta eta')
  })

  it('writes the node at once, and draws its highlight with the caret after it once the next frame is out', async () => {
    const { editor, room, sync } = setUp()
    dispose = () => (sync.dispose(), editor.destroy())
    select(editor, 'zeta eta')
    const { from, to } = editor.state.selection
    const nodeId = createNodeFromSelection(editor, room, 'claim')!
    expect(room.getSnapshot().nodes.get(nodeId)?.text).toBe('zeta eta')
    // The node's frame lays out and paints the map alone: the reading keeps its selection meanwhile.
    await settle()
    expect(highlightedText(editor, nodeId)).toBeUndefined()
    expect({ from: editor.state.selection.from, to: editor.state.selection.to }).toEqual({ from, to })
    await painted()
    expect(highlightedText(editor, nodeId)).toBe('zeta eta')
    expect(editor.state.selection.empty).toBe(true)
    expect(editor.state.selection.from).toBe(to)
  })

  it('leaves the caret where the person put it if they moved it before the highlight was drawn', async () => {
    const { editor, room, sync } = setUp()
    dispose = () => (sync.dispose(), editor.destroy())
    select(editor, 'zeta eta')
    const nodeId = createNodeFromSelection(editor, room, 'claim')!
    editor.commands.setTextSelection(3)
    await painted()
    expect(highlightedText(editor, nodeId)).toBe('zeta eta')
    expect(editor.state.selection.from).toBe(3)
    expect(editor.state.selection.empty).toBe(true)
  })

  it('keeps the selection when nothing worth quoting is in it', () => {
    const { editor, room, sync } = setUp()
    dispose = () => (sync.dispose(), editor.destroy())
    const index = new ProseMirrorTextIndex(editor.state.doc)
    const gap = index.text.indexOf('.\n') + 1
    editor.commands.setTextSelection({ from: index.posAt(gap, 'start'), to: index.posAt(gap + 1, 'end') })
    const before = editor.state.selection
    expect(createNodeFromSelection(editor, room, 'claim')).toBeNull()
    expect({ from: editor.state.selection.from, to: editor.state.selection.to }).toEqual({ from: before.from, to: before.to })
    expect(room.getSnapshot().nodeList).toHaveLength(0)
  })

  it('keeps text typed inside a highlight inside it, and writes the new quote back for everyone', async () => {
    const { editor, room, sync } = setUp()
    dispose = () => (sync.dispose(), editor.destroy())
    select(editor, 'zeta eta')
    const nodeId = createNodeFromSelection(editor, room, 'claim')!
    await painted()
    const index = new ProseMirrorTextIndex(editor.state.doc)
    editor.commands.insertContentAt(index.posAt(index.text.indexOf('eta theta'), 'start'), 'and ')
    await settle()
    await settle()
    expect(highlightedText(editor, nodeId)).toBe('zeta and eta')
    const anchor = room.getSnapshot().anchorOfNode.get(nodeId)!
    expect(anchor.quote.exact).toBe('zeta and eta')
    expect(room.getAnchorLayout().byNode.get(nodeId)?.status).toBe('exact')
  })

  it('leaves text typed at either edge outside the highlight', async () => {
    const { editor, room, sync } = setUp()
    dispose = () => (sync.dispose(), editor.destroy())
    select(editor, 'zeta eta')
    const nodeId = createNodeFromSelection(editor, room, 'claim')!
    await painted()
    let index = new ProseMirrorTextIndex(editor.state.doc)
    editor.commands.insertContentAt(index.posAt(index.text.indexOf('zeta'), 'start'), 'zz ')
    await settle()
    index = new ProseMirrorTextIndex(editor.state.doc)
    editor.commands.insertContentAt(index.posAt(index.text.indexOf('eta theta') + 3, 'end'), ' yy')
    await settle()
    await settle()
    expect(highlightedText(editor, nodeId)).toBe('zeta eta')
    expect(room.getAnchorLayout().byNode.get(nodeId)).toMatchObject({ status: 'exact' })
  })

  it('orphans the anchor when its whole passage is deleted, and keeps the node', async () => {
    const { editor, room, sync } = setUp()
    dispose = () => (sync.dispose(), editor.destroy())
    select(editor, 'zeta eta')
    const nodeId = createNodeFromSelection(editor, room, 'claim')!
    await painted()
    select(editor, 'Epsilon zeta eta theta.')
    editor.commands.deleteSelection()
    await settle()
    await settle()
    expect(room.getAnchorLayout().byNode.get(nodeId)?.status).toBe('orphaned')
    expect(room.getSnapshot().nodes.has(nodeId)).toBe(true)
    expect(highlightedText(editor, nodeId)).toBeUndefined()
  })

  it('keeps a highlight on its words when Enter splits its paragraph inside it', async () => {
    const { editor, room, sync } = setUp()
    dispose = () => (sync.dispose(), editor.destroy())
    select(editor, 'zeta eta')
    const nodeId = createNodeFromSelection(editor, room, 'claim')!
    await painted()
    const index = new ProseMirrorTextIndex(editor.state.doc)
    editor.commands.setTextSelection(index.posAt(index.text.indexOf(' eta theta'), 'start'))
    editor.commands.splitBlock()
    await settle()
    await settle()
    expect(highlightedText(editor, nodeId)).toBe('zeta\n\n eta')
    expect(room.getAnchorLayout().byNode.get(nodeId)?.status).toBe('exact')
  })

  it('while someone types, highlights follow the mapping and the anchors are written back once typing pauses', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] })
    try {
      const { editor, room, sync } = setUp(250)
      dispose = () => (sync.dispose(), editor.destroy())
      select(editor, 'zeta eta')
      const nodeId = createNodeFromSelection(editor, room, 'claim')!
      // Fake timers: the hold's fallback timer (200 ms) ends it (afterNextPaint).
      await vi.advanceTimersByTimeAsync(200)
      const index = new ProseMirrorTextIndex(editor.state.doc)
      editor.commands.insertContentAt(index.posAt(index.text.indexOf('eta theta'), 'start'), 'and ')
      await settle()
      await settle()
      expect(highlightedText(editor, nodeId)).toBe('zeta and eta')
      expect(room.getSnapshot().anchorOfNode.get(nodeId)!.quote.exact).toBe('zeta eta')
      await vi.advanceTimersByTimeAsync(300)
      await settle()
      expect(room.getSnapshot().anchorOfNode.get(nodeId)!.quote.exact).toBe('zeta and eta')
      expect(highlightedText(editor, nodeId)).toBe('zeta and eta')
    } finally {
      vi.useRealTimers()
    }
  })

  it('a remote edit during the typing pause does not write back highlights at positions it shifted', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] })
    try {
      const { editor, room, sync, textDoc } = setUp(250)
      dispose = () => (sync.dispose(), editor.destroy())
      select(editor, 'zeta eta')
      const nodeId = createNodeFromSelection(editor, room, 'claim')!
      // Fake timers: the hold's fallback timer (200 ms) ends it (afterNextPaint).
      await vi.advanceTimersByTimeAsync(200)
      const index = new ProseMirrorTextIndex(editor.state.doc)
      editor.commands.insertContentAt(index.posAt(index.text.indexOf('eta theta'), 'start'), 'and ')
      await settle()
      // Someone else inserts words at the very start of the reading before this person pauses.
      const other = new Y.Doc()
      Y.applyUpdate(other, Y.encodeStateAsUpdate(textDoc))
      const firstText = (other.getXmlFragment('content').get(0) as Y.XmlElement).get(0) as Y.XmlText
      firstText.insert(0, 'Remote words. ')
      Y.applyUpdate(textDoc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(textDoc)), 'remote')
      await settle()
      await settle()
      await vi.advanceTimersByTimeAsync(300)
      await settle()
      expect(highlightedText(editor, nodeId)).toBe('zeta and eta')
      const resolved = room.getAnchorLayout().byNode.get(nodeId)
      const words = resolved && resolved.status !== 'orphaned' ? room.getAnchorLayout().index.text.slice(resolved.start, resolved.end) : null
      expect(words).toBe('zeta and eta')
    } finally {
      vi.useRealTimers()
    }
  })

  it('typing in a reading without highlights does not hold back the first one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] })
    try {
      const { editor, room, sync } = setUp(250)
      dispose = () => (sync.dispose(), editor.destroy())
      await settle()
      editor.commands.insertContentAt(1, 'New words. ')
      await settle()
      select(editor, 'zeta eta')
      const nodeId = createNodeFromSelection(editor, room, 'claim')!
      // Fake timers: the hold's fallback timer (200 ms) ends it (afterNextPaint).
      await vi.advanceTimersByTimeAsync(200)
      expect(highlightedText(editor, nodeId)).toBe('zeta eta')
    } finally {
      vi.useRealTimers()
    }
  })
})
