import { useEffect, useRef } from 'react'
import { useInPlaceEdit } from '../editing/useInPlaceEdit'

interface NodeTextEditorProps {
  initialText: string
  onCommit: (text: string) => void
  onCancel: () => void
}

/** The in-place editor of a node's text: Enter or leaving commits, Shift+Enter breaks a line, Escape cancels. */
export function NodeTextEditor({ initialText, onCommit, onCancel }: NodeTextEditorProps) {
  const edit = useInPlaceEdit(onCommit, onCancel, { multiline: true })
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
      {...edit}
    />
  )
}
