/**
 * Makes the reader's editing host read as not editable to React, and only to React.
 *
 * Before every commit of any React root, react-dom saves the selection of the focused element
 * when that element can hold one (`hasSelectionCapabilities`: inputs, textareas and
 * `contentEditable === 'true'`). For a contenteditable it computes the caret's character offset
 * by walking every DOM node of the editor before the caret, so with the 200,000-character reading
 * focused each map update cost ~5 ms more (BENCHMARKS.md, reader: highlight → node), and more
 * the further down the caret was. React restores that selection only when a commit moved focus,
 * and no React commit touches the editor's DOM (ProseMirror owns it), so there is nothing to lose.
 *
 * An own property shadows the element's `contentEditable` getter for script; the browser edits
 * by the attribute, which ProseMirror keeps, and ProseMirror only compares this property with
 * "false" on other elements. Returns the undo.
 */
export function hideEditingHostFromReact(host: HTMLElement): () => void {
  Object.defineProperty(host, 'contentEditable', {
    configurable: true,
    get: () => (host.getAttribute('contenteditable') === 'false' ? 'false' : 'inherit'),
    set: (value: string) => {
      host.setAttribute('contenteditable', value)
    },
  })
  return () => {
    delete (host as { contentEditable?: string }).contentEditable
  }
}
