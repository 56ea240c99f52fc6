import { type FormEvent, type KeyboardEvent, useState } from 'react'
import { maxCommentLength } from '@warrant/model'

interface CommentFormProps {
  label: string
  submitLabel: string
  initialText?: string
  autoFocus?: boolean
  testId: string
  onSubmit: (text: string) => boolean
  onCancel?: () => void
}

/** A textarea and a button; Ctrl/Cmd+Enter sends, Escape cancels. Clears itself once sent. */
export function CommentForm({ label, submitLabel, initialText = '', autoFocus, testId, onSubmit, onCancel }: CommentFormProps) {
  const [text, setText] = useState(initialText)
  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    if (text.trim() && onSubmit(text)) setText('')
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit()
    else if (event.key === 'Escape' && onCancel) {
      event.stopPropagation()
      onCancel()
    }
  }
  return (
    <form className="comment-form" onSubmit={submit}>
      <textarea
        aria-label={label}
        placeholder={label}
        value={text}
        maxLength={maxCommentLength}
        rows={2}
        autoFocus={autoFocus}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        data-testid={`${testId}-input`}
      />
      <div className="comment-form-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary" disabled={!text.trim()} data-testid={`${testId}-submit`}>
          {submitLabel}
        </button>
      </div>
    </form>
  )
}
