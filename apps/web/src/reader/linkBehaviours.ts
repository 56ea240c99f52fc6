import { type Editor, type PasteRule, getExtensionField, pasteRulesPlugin } from '@tiptap/core'
import { Link } from '@tiptap/extension-link'
import type { Plugin } from '@tiptap/pm/state'

/**
 * TipTap Link's behaviours, on an editor whose schema has the link mark (ReadingLink): autolink
 * while typing, a pasted link on a selection, links found in pasted text, click-to-open while
 * editing. They are the extension's own plugins and paste rule, made as TipTap's extension
 * manager makes them, with Link's default options (StarterKit's). Added once per editor.
 */
export function addLinkBehaviours(editor: Editor): void {
  const type = editor.schema.marks.link
  if (!type || hasLinkBehaviours(editor)) return
  const context = { name: Link.name, options: Link.options, storage: Link.storage, editor, type }
  const plugins = getExtensionField<() => Plugin[]>(Link, 'addProseMirrorPlugins', context)?.() ?? []
  const pasteRules = getExtensionField<() => PasteRule[]>(Link, 'addPasteRules', context)?.() ?? []
  const added = [...pasteRulesPlugin({ editor, rules: pasteRules }), ...plugins]
  // One reconfiguration for all of them.
  if (added.length > 0) editor.registerPlugin(added[0]!, (_first, current) => [...current, ...added])
}

/** Whether Link's click handler (which it always adds) is on the editor. */
export function hasLinkBehaviours(editor: Editor): boolean {
  return editor.state.plugins.some((plugin) => (plugin as unknown as { key: string }).key.startsWith('handleClickLink$'))
}
