import { type CSSProperties, useEffect, useRef } from 'react'
import { type LinkKind, statementLinkKinds } from '@warrant/model'
import { linkColors, linkLabels } from '../app/kindColors'

export interface LinkKindPickerProps {
  /** Where to show it, in pixels inside the map pane. */
  x: number
  y: number
  current?: LinkKind
  /** The kinds to offer: between statements by default; Premise / Undercut onto a junction. */
  kinds?: readonly LinkKind[]
  onPick: (kind: LinkKind) => void
  onCancel: () => void
  onDelete?: () => void
}


/** Asks what a link says, one key per kind (its first letter); Escape or a click elsewhere cancels. */
export function LinkKindPicker({ x, y, current, kinds = statementLinkKinds, onPick, onCancel, onDelete }: LinkKindPickerProps) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.querySelector('button')?.focus()
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return
      const kind = kinds.find((each) => each[0] === event.key.toLowerCase())
      if (kind) {
        event.preventDefault()
        onPick(kind)
      } else if (event.key === 'Escape') {
        event.preventDefault()
        onCancel()
      }
    }
    const onPointerDown = (event: PointerEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) onCancel()
    }
    window.addEventListener('keydown', onKeyDown, true)
    window.addEventListener('pointerdown', onPointerDown, true)
    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      window.removeEventListener('pointerdown', onPointerDown, true)
    }
  }, [onPick, onCancel, kinds])
  return (
    <div ref={ref} className="link-picker" style={{ left: x, top: y }} role="dialog" aria-label="Link kind" data-testid="link-kind-picker">
      {kinds.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`link-picker-option${current === kind ? ' is-current' : ''}`}
          style={{ '--link-color': linkColors[kind] } as CSSProperties}
          data-testid={`link-kind-${kind}`}
          aria-pressed={current === undefined ? undefined : current === kind}
          onClick={() => onPick(kind)}
        >
          <span className="link-swatch" aria-hidden="true" />
          {linkLabels[kind]}
          <kbd>{kind[0]}</kbd>
        </button>
      ))}
      {onDelete && (
        <button type="button" className="link-picker-delete" data-testid="link-delete" onClick={onDelete}>
          Delete link
        </button>
      )}
    </div>
  )
}
