import { useEffect, useRef } from 'react'

interface SchemeEditorProps {
  initial: string
  onCommit: (scheme: string) => void
  onCancel: () => void
}

/** Names an argument's scheme in place: Enter or leaving commits, Escape cancels, empty clears it. */
export function SchemeEditor({ initial, onCommit, onCancel }: SchemeEditorProps) {
  const finished = useRef(false)
  const field = useRef<HTMLInputElement>(null)
  useEffect(() => {
    field.current?.focus()
    field.current?.select()
  }, [])
  const finish = (value: string | null) => {
    if (finished.current) return
    finished.current = true
    if (value === null) onCancel()
    else onCommit(value)
  }
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
      onKeyDown={(event) => {
        event.stopPropagation()
        if (event.key === 'Enter') {
          event.preventDefault()
          finish(event.currentTarget.value)
        } else if (event.key === 'Escape') {
          event.preventDefault()
          finish(null)
        }
      }}
      onBlur={(event) => finish(event.currentTarget.value)}
    />
  )
}
