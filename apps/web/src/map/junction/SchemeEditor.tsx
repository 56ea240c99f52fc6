import { useInPlaceEdit } from '../../editing/useInPlaceEdit'
import { useSelectOnMount } from '../../editing/useSelectOnMount'

interface SchemeEditorProps {
  initial: string
  onCommit: (scheme: string) => void
  onCancel: () => void
}

/** Names an argument's scheme in place: Enter or leaving commits, Escape cancels, empty clears it. */
export function SchemeEditor({ initial, onCommit, onCancel }: SchemeEditorProps) {
  const edit = useInPlaceEdit(onCommit, onCancel)
  const field = useSelectOnMount<HTMLInputElement>()
  return (
    <input
      ref={field}
      className="scheme-editor nodrag nowheel nopan"
      aria-label="Argument scheme"
      data-testid="junction-scheme-editor"
      placeholder="Scheme, e.g. Argument from expert opinion"
      maxLength={200}
      defaultValue={initial}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
      {...edit}
    />
  )
}
