import { useEffect, useRef, useSyncExternalStore } from 'react'
import { type Label, type NodeKind, nodeKinds } from '@warrant/model'
import { kindLabels } from '../../app/kindColors'
import { labelNames } from '../evaluate/EvaluationStore'
import { useMapContext } from '../MapContext'

const labels: readonly Label[] = ['in', 'out', 'undec']

/**
 * Search the node texts (Ctrl/Cmd+F on the map): matches are highlighted and the others dimmed;
 * Enter / Shift+Enter step through them and centre each. Filters by kind, and by label while
 * evaluating.
 */
export function MapSearch({ onShow, onClose }: { onShow: (nodeId: string) => void; onClose: () => void }) {
  const { find, evaluation } = useMapContext()
  const state = useSyncExternalStore(find.subscribe, find.getState)
  const evaluating = useSyncExternalStore(evaluation.subscribe, evaluation.isOn)
  const index = useSyncExternalStore(find.subscribe, () => find.current().index)
  const count = useSyncExternalStore(find.subscribe, () => find.current().count)
  const field = useRef<HTMLInputElement>(null)
  useEffect(() => {
    field.current?.focus()
    field.current?.select()
  }, [state.open])
  const step = (by: number) => {
    const id = find.step(by)
    if (id) onShow(id)
  }
  const active = state.query.trim() !== '' || state.kind !== 'all' || (evaluating && state.label !== 'all')
  return (
    <div className="map-search" role="search" aria-label="Find in the map">
      <input
        ref={field}
        type="search"
        data-testid="map-search"
        aria-label="Find in the map"
        placeholder="Find in the map…"
        value={state.query}
        onChange={(event) => find.set({ query: event.target.value })}
        onKeyDown={(event) => {
          event.stopPropagation()
          if (event.key === 'Enter') {
            event.preventDefault()
            const id = find.advance(event.shiftKey)
            if (id) onShow(id)
          } else if (event.key === 'Escape') {
            event.preventDefault()
            onClose()
          }
        }}
      />
      <span className="map-search-count" data-testid="map-search-count" aria-live="polite">
        {active ? (count === 0 ? 'no match' : `${index + 1} / ${count}`) : ''}
      </span>
      <button type="button" aria-label="Previous result" data-testid="map-search-previous" disabled={count === 0} onClick={() => step(-1)}>
        ↑
      </button>
      <button type="button" aria-label="Next result" data-testid="map-search-next" disabled={count === 0} onClick={() => step(1)}>
        ↓
      </button>
      <select aria-label="Filter by kind" data-testid="map-search-kind" value={state.kind} onChange={(event) => find.set({ kind: event.target.value as NodeKind | 'all' })}>
        <option value="all">All kinds</option>
        {nodeKinds.map((kind) => (
          <option key={kind} value={kind}>
            {kindLabels[kind]}
          </option>
        ))}
      </select>
      {evaluating && (
        <select aria-label="Filter by label" data-testid="map-search-label" value={state.label} onChange={(event) => find.set({ label: event.target.value as Label | 'all' })}>
          <option value="all">Any label</option>
          {labels.map((label) => (
            <option key={label} value={label}>
              {labelNames[label]}
            </option>
          ))}
        </select>
      )}
      <button type="button" aria-label="Close search" data-testid="map-search-close" onClick={onClose}>
        ×
      </button>
    </div>
  )
}
