import { useEffect, useRef } from 'react'

interface NodeTextEditorProps {
  initialText: string
  onCommit: (text: string) => void
  onCancel: () => void
}

/** The in-place editor of a node's text: Enter or leaving commits, Shift+Enter breaks a line, Escape cancels. */
export function NodeTextEditor({ initialText, onCommit, onCancel }: NodeTextEditorProps) {
  const finished = useRef(false)
  const field = useRef<HTMLTextAreaElement>(null)
  // A new node stays hidden until React Flow has measured it, and a hidden field cannot take
  // focus: keep trying for a few frames.
  useEffect(() => {
    let frame = 0
    let tries = 0
    const focus = () => {
      const element = field.current
      if (!element || document.activeElement === element) return
      element.focus()
      if (document.activeElement === element) element.select()
      else if (tries++ < 20) frame = requestAnimationFrame(focus)
    }
    focus()
    return () => cancelAnimationFrame(frame)
  }, [])
  const finish = (text: string | null) => {
    if (finished.current) return
    finished.current = true
    if (text === null) onCancel()
    else onCommit(text)
  }
  return (
    <textarea
      className="node-editor nodrag nowheel nopan"
      aria-label="Node text"
      data-testid="map-node-editor"
      ref={field}
      defaultValue={initialText}
      rows={Math.min(8, Math.max(2, Math.ceil(initialText.length / 32)))}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        event.stopPropagation()
        if (event.key === 'Enter' && !event.shiftKey) {
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
