import { type Editor, Extension } from '@tiptap/core'
import { Plugin } from '@tiptap/pm/state'
import type { NodeKind } from '@warrant/model'
import { highlightKinds } from './highlightKinds'

export interface HighlightShortcutsOptions {
  /** Called with the kind whose key was pressed while text is selected; returns whether it acted. */
  onKind: (editor: Editor, kind: NodeKind) => boolean
}

/** Keys 1/2/3 turn the selected text into a claim, evidence or counterclaim instead of typing. */
export const HighlightShortcuts = Extension.create<HighlightShortcutsOptions>({
  name: 'warrantHighlightShortcuts',
  addOptions: () => ({ onKind: () => false }),
  addKeyboardShortcuts() {
    const shortcuts: Record<string, () => boolean> = {}
    for (const { kind, key } of highlightKinds) {
      shortcuts[key] = () => !this.editor.state.selection.empty && this.options.onKind(this.editor, kind)
    }
    return shortcuts
  },
  addProseMirrorPlugins() {
    // ProseMirror runs keymaps only in an editable view; a read-only reading (annotators) still
    // takes the keys here, through the raw keydown event.
    return [
      new Plugin({
        props: {
          handleDOMEvents: {
            keydown: (view, event) => {
              if (view.editable || event.ctrlKey || event.metaKey || event.altKey || view.state.selection.empty) return false
              const shortcut = highlightKinds.find(({ key }) => key === event.key)
              if (!shortcut || !this.options.onKind(this.editor, shortcut.kind)) return false
              event.preventDefault()
              return true
            },
          },
        },
      }),
    ]
  },
})
