import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { createPortal } from 'react-dom'
import { type LinkKind, type Room, linkNodes } from '@warrant/model'
import { linkLabels } from '../app/kindColors'
import { kindForTarget, kindKeys, kindsFor, linkTargets } from './linkTargets'

export interface LinkTargetDialogProps {
  room: Room
  sourceId: string
  onClose: (linked: boolean) => void
}

const shown = 50

/**
 * Links the focused node by keyboard: type to find the target (arrow keys choose in the list),
 * pick the kind (S supports, A attacks, R rephrases; U undercuts, P premise for an argument;
 * with Alt while typing), Enter links. A modal dialog: Escape cancels.
 */
export function LinkTargetDialog({ room, sourceId, onClose }: LinkTargetDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const ids = useId()
  const snapshot = useSyncExternalStore(room.subscribe, room.getSnapshot)
  const [query, setQuery] = useState('')
  const [chosen, setChosen] = useState(0)
  const [asked, setAsked] = useState<LinkKind>('supports')
  const [problem, setProblem] = useState<string | null>(null)
  const targets = useMemo(() => linkTargets(snapshot, sourceId, query).slice(0, shown), [snapshot, sourceId, query])
  const target = targets[Math.min(chosen, targets.length - 1)]
  const kind = kindForTarget(asked, target?.type ?? 'node')
  const source = snapshot.nodes.get(sourceId)

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])

  const link = () => {
    if (!target) return setProblem('No node matches. Type other words.')
    if (linkNodes(room, { source: sourceId, target: target.id, kind })) onClose(true)
    else setProblem('These two cannot be linked this way.')
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // Keys stay in the dialog: the map behind must not act on them.
    event.stopPropagation()
    const inSearch = event.target instanceof HTMLInputElement && event.target.type === 'search'
    const letter = kindKeys[event.key.toLowerCase()]
    if (event.key === 'Escape') {
      // A search field would spend the first Escape on clearing itself.
      event.preventDefault()
      onClose(false)
    } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault()
      link()
    } else if (letter && (inSearch ? event.altKey : !event.ctrlKey && !event.metaKey)) {
      event.preventDefault()
      setAsked(letter)
    } else if (inSearch && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setChosen((current) => Math.max(0, Math.min(targets.length - 1, Math.min(current, targets.length - 1) + step)))
    }
  }

  return createPortal(
    <dialog
      ref={dialog}
      className="link-dialog"
      aria-modal="true"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-help`}
      data-testid="link-dialog"
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault()
        onClose(false)
      }}
    >
      <h2 id={`${ids}-title`}>Link from “{source?.text ?? ''}”</h2>
      <p id={`${ids}-help`} className="link-dialog-help">
        Type to find the target, arrow keys to choose; S supports, A attacks, R rephrases (Alt+letter while typing); Enter links.
      </p>
      <input
        type="search"
        role="combobox"
        aria-label="Find the target node"
        aria-expanded="true"
        aria-controls={`${ids}-list`}
        aria-autocomplete="list"
        aria-activedescendant={target ? `${ids}-option-${target.id}` : undefined}
        className="link-dialog-search"
        data-testid="link-dialog-search"
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value)
          setChosen(0)
          setProblem(null)
        }}
      />
      <ul id={`${ids}-list`} role="listbox" hidden={targets.length === 0} aria-label="Targets" className="link-dialog-list" data-testid="link-dialog-targets">
        {targets.map((option) => (
          <li
            key={option.id}
            id={`${ids}-option-${option.id}`}
            role="option"
            aria-selected={option === target}
            className={option === target ? 'is-chosen' : undefined}
            data-target-id={option.id}
            onClick={() => setChosen(targets.indexOf(option))}
          >
            {option.text}
          </li>
        ))}
      </ul>
      {targets.length === 0 && <p className="link-dialog-none">No node matches.</p>}
      <fieldset className="link-dialog-kinds">
        <legend>Link kind</legend>
        {kindsFor[target?.type ?? 'node'].map((option) => (
          <label key={option}>
            <input type="radio" name={`${ids}-kind`} value={option} checked={kind === option} onChange={() => setAsked(option)} data-testid={`link-dialog-kind-${option}`} />
            {linkLabels[option]} <kbd>{option[0]!.toUpperCase()}</kbd>
          </label>
        ))}
      </fieldset>
      {problem && (
        <p className="link-dialog-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="link-dialog-buttons">
        <button type="button" onClick={() => onClose(false)}>
          Cancel
        </button>
        <button type="button" className="button-primary" data-testid="link-dialog-create" onClick={link} disabled={!target}>
          Link
        </button>
      </div>
    </dialog>,
    document.body,
  )
}
