import { Extension } from '@tiptap/core'
import { anchorHighlights } from './anchorHighlights'

/** The highlight decorations as a TipTap extension. */
export const AnchorHighlightsExtension = Extension.create({
  name: 'warrantAnchorHighlights',
  addProseMirrorPlugins: () => [anchorHighlights()],
})
