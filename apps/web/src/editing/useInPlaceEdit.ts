import { type FocusEvent, type KeyboardEvent, useRef } from 'react'

type Field = HTMLInputElement | HTMLTextAreaElement

/**
 * The keys every in-place editor shares (node text, argument scheme, outline row): Enter or
 * leaving the field commits, Escape cancels, and only once — a blur after Enter does not commit
 * again. Shift+Enter breaks the line in a multi-line field.
 */
export function useInPlaceEdit(onCommit: (text: string) => void, onCancel: () => void, { multiline = false } = {}) {
  const finished = useRef(false)
  const finish = (text: string | null) => {
    if (finished.current) return
    finished.current = true
    if (text === null) onCancel()
    else onCommit(text)
  }
  return {
    onKeyDown: (event: KeyboardEvent<Field>) => {
      event.stopPropagation()
      if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
        event.preventDefault()
        finish(event.currentTarget.value)
      } else if (event.key === 'Escape') {
        event.preventDefault()
        finish(null)
      }
    },
    onBlur: (event: FocusEvent<Field>) => finish(event.currentTarget.value),
  }
}
