import type { Editor } from '@tiptap/core'
import { type MapRegion, type NodeKind, type Room, addNodeFromSpan } from '@warrant/model'
import { afterNextPaint } from '../session/afterNextPaint'
import { HighlightSync } from './HighlightSync'
import { ProseMirrorTextIndex } from './ProseMirrorTextIndex'
import { snapToWords } from './snapToWords'

/**
 * Turns the reader's selection into a node of the given kind. The node goes in the free place
 * nearest the middle of `mapView`, the part of the map in view (`placeNewNode`), and shows in the
 * next frame; its highlight is drawn, and the caret put after it, once that frame is out
 * (`HighlightSync.holdUntilPainted`).
 * Returns the node id, or null when nothing worth quoting is selected.
 */
export function createNodeFromSelection(editor: Editor, room: Room, kind: NodeKind, mapView: MapRegion | null = null): string | null {
  const { from, to, empty } = editor.state.selection
  if (empty) return null
  const index = ProseMirrorTextIndex.of(editor.state.doc)
  // Offsets are only meaningful while the editor and Yjs hold the same text.
  if (index.text !== room.getAnchorLayout().index.text) return null
  const { start, end } = snapToWords(index.text, index.offsetAt(from), index.offsetAt(to))
  const sync = HighlightSync.of(editor)
  let nodeId: string | null = null
  // The caret moves only if the selection is still this one (nobody clicked elsewhere meanwhile).
  const caretAfter = () => {
    const { selection } = editor.state
    if (nodeId && selection.from === from && selection.to === to) editor.commands.setTextSelection(to)
  }
  if (sync) sync.holdUntilPainted(caretAfter)
  nodeId = addNodeFromSpan(room, { kind, start, end, ...(mapView ? { near: mapView } : {}) })
  if (nodeId && !sync) afterNextPaint(caretAfter)
  return nodeId
}
