import { type Editor, Extension } from '@tiptap/core'
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
})
