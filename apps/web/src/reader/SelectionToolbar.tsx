import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import type { NodeKind } from '@warrant/model'
import { type RefObject, memo } from 'react'
import { highlightKinds } from './highlightKinds'

interface SelectionToolbarProps {
  editor: Editor
  container: RefObject<HTMLElement | null>
  onKind: (kind: NodeKind) => void
}

/** The small floating toolbar over a text selection: Claim, Evidence, Counterclaim. */
export const SelectionToolbar = memo(function SelectionToolbar({ editor, container, onKind }: SelectionToolbarProps) {
  const place = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const { from, to, empty } = current.state.selection
      const box = container.current
      if (empty || !current.isFocused || !box) return null
      const start = current.view.coordsAtPos(from)
      const end = current.view.coordsAtPos(to)
      const frame = box.getBoundingClientRect()
      return {
        top: Math.min(start.top, end.top) - frame.top + box.scrollTop,
        left: (Math.min(start.left, end.left) + Math.max(start.right, end.right)) / 2 - frame.left + box.scrollLeft,
      }
    },
    equalityFn: (a, b) => a?.top === b?.top && a?.left === b?.left,
  })
  if (!place) return null
  return (
    <div className="selection-toolbar" role="toolbar" aria-label="Turn the selection into a node" style={{ top: place.top, left: place.left }} data-testid="selection-toolbar">
      {highlightKinds.map(({ kind, label, key }) => (
        <button
          key={kind}
          type="button"
          className={`kind-button kind-${kind}`}
          data-testid={`toolbar-${kind}`}
          title={`${label} (key ${key})`}
          // Keep the editor's selection: a mousedown elsewhere would collapse it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onKind(kind)}
        >
          {label} <kbd>{key}</kbd>
        </button>
      ))}
    </div>
  )
})
