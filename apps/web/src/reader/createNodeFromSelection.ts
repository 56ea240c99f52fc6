import type { Editor } from '@tiptap/core'
import { type MapRegion, type NodeKind, type Room, addNodeFromSpan } from '@warrant/model'
import { HighlightSync } from './HighlightSync'
import { ProseMirrorTextIndex } from './ProseMirrorTextIndex'
import { snapToWords } from './snapToWords'

/**
 * Turns the reader's selection into a node of the given kind, and draws its highlight at once.
 * The node goes in the free place nearest the middle of `mapView`, the part of the map in view
 * (`placeNewNode`).
 * Returns the node id, or null when nothing worth quoting is selected.
 */
export function createNodeFromSelection(editor: Editor, room: Room, kind: NodeKind, mapView: MapRegion | null = null): string | null {
  const { from, to, empty } = editor.state.selection
  if (empty) return null
  const index = ProseMirrorTextIndex.of(editor.state.doc)
  // Offsets are only meaningful while the editor and Yjs hold the same text.
  if (index.text !== room.getAnchorLayout().index.text) return null
  const { start, end } = snapToWords(index.text, index.offsetAt(from), index.offsetAt(to))
  // The caret goes to the end before the node is written, while the reading's layout is clean:
  // setting a DOM selection lays out what changed first, and after the new highlight was drawn
  // that cost a second layout of the reading inside the keystroke.
  editor.commands.setTextSelection(to)
  const nodeId = addNodeFromSpan(room, { kind, start, end, ...(mapView ? { near: mapView } : {}) })
  if (!nodeId) {
    editor.commands.setTextSelection({ from, to })
    return null
  }
  HighlightSync.of(editor)?.syncNow()
  return nodeId
}
