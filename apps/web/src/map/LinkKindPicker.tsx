import { type CSSProperties, useEffect, useRef } from 'react'
import { type LinkKind, linkKinds } from '@warrant/model'
import { linkColors, linkLabels } from '../app/kindColors'

export interface LinkKindPickerProps {
  /** Where to show it, in pixels inside the map pane. */
  x: number
  y: number
  current?: LinkKind
  onPick: (kind: LinkKind) => void
  onCancel: () => void
  onDelete?: () => void
}

const keys: Record<string, LinkKind> = { s: 'supports', a: 'attacks' }

/** Asks what a link says: Supports (s) or Attacks (a); Escape or a click elsewhere cancels. */
export function LinkKindPicker({ x, y, current, onPick, onCancel, onDelete }: LinkKindPickerProps) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.querySelector('button')?.focus()
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return
      const kind = keys[event.key.toLowerCase()]
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
  }, [onPick, onCancel])
  return (
    <div ref={ref} className="link-picker" style={{ left: x, top: y }} role="dialog" aria-label="Link kind" data-testid="link-kind-picker">
      {linkKinds.map((kind) => (
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
