import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { maxDisplayNameLength } from './Identity'
import type { IdentityStore } from './IdentityStore'
import { personColors } from './personColors'
import { useStore } from './useStore'

/**
 * Asks for a display name and colour (mounted while open: on a first visit by itself, later from the name button).
 * Escape or "Not now" keeps the generated name; either way the prompt does not come back.
 */
export function IdentityDialog({ identity, onClose }: { identity: IdentityStore; onClose: () => void }) {
  const current = useStore(identity, identity.get)
  const [name, setName] = useState(current.name)
  const [color, setColor] = useState(current.color)
  const input = useRef<HTMLInputElement>(null)
  const titleId = useId()
  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    identity.save(name, color)
    onClose()
  }
  const dismiss = () => {
    identity.save(identity.get().name, identity.get().color)
    onClose()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      dismiss()
    }
  }
  return (
    <div className="identity-backdrop">
      <form className="identity-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="identity-dialog" onSubmit={submit} onKeyDown={onKeyDown}>
        <h2 id={titleId}>How should others see you?</h2>
        <label className="identity-field">
          <span>Display name</span>
          <input ref={input} value={name} maxLength={maxDisplayNameLength} onChange={(event) => setName(event.target.value)} data-testid="identity-name" required />
        </label>
        <fieldset className="identity-colors">
          <legend>Colour</legend>
          {personColors.map((option) => (
            <label key={option} className="identity-swatch" style={{ background: option }} title={option}>
              <input type="radio" name="identity-color" value={option} checked={option === color} onChange={() => setColor(option)} aria-label={`Colour ${option}`} />
            </label>
          ))}
        </fieldset>
        <div className="identity-actions">
          <button type="button" onClick={dismiss} data-testid="identity-dismiss">
            Not now
          </button>
          <button type="submit" className="primary" data-testid="identity-save">
            Save
          </button>
        </div>
      </form>
    </div>
  )
}
