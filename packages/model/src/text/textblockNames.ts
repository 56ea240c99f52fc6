/**
 * How TipTap node names count in the plain-text serialisation. It must match ProseMirror's
 * `doc.textBetween(0, size, '\n\n', '\n')` (what `editor.getText()` returns), so that text
 * offsets computed here on the Yjs doc equal those the reader computes on the editor doc.
 */
export const blockSeparator = '\n\n'
export const leafText = '\n'

/** Leaf nodes inside a paragraph that stand for a line break. */
export const inlineLeafNames = new Set(['hardBreak'])

/** Leaf blocks: a separator plus their leaf text. */
export const leafBlockNames = new Set(['horizontalRule'])
