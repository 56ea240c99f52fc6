import { useEffect, useRef } from 'react'
import { shortcuts } from './shortcuts'

/** The list of every shortcut (opened with `?`): a modal dialog, Escape closes it. */
export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])
  return (
    <dialog ref={dialog} className="shortcuts-sheet" aria-modal="true" aria-labelledby="shortcuts-title" data-testid="shortcuts-sheet" onClose={onClose}>
      <div className="shortcuts-head">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" className="shortcuts-close" aria-label="Close" onClick={onClose} autoFocus>
          ×
        </button>
      </div>
      <div className="shortcuts-places">
        {shortcuts.map(({ place, keys }) => (
          <section key={place} aria-labelledby={`shortcuts-${place}`}>
            <h3 id={`shortcuts-${place}`}>{place}</h3>
            <dl>
              {keys.map(([key, what]) => (
                <div key={key + what} className="shortcut">
                  <dt>
                    <kbd>{key}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  )
}
