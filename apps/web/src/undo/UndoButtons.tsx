import { useSyncExternalStore } from 'react'
import type { MapUndo } from './MapUndo'

/** Undo / Redo of this person's map commands, in the header. */
export function UndoButtons({ undo }: { undo: MapUndo }) {
  const { canUndo, canRedo } = useSyncExternalStore(undo.subscribe, undo.getState)
  return (
    <span className="undo-buttons" role="group" aria-label="Map history">
      <button type="button" data-testid="undo-button" disabled={!canUndo} onClick={() => undo.undo()} title="Undo your last map change (Ctrl+Z)">
        Undo
      </button>
      <button type="button" data-testid="redo-button" disabled={!canRedo} onClick={() => undo.redo()} title="Redo (Shift+Ctrl+Z)">
        Redo
      </button>
    </span>
  )
}
