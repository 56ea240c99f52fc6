import { useEffect } from 'react'
import type { MapUndo } from './MapUndo'

/** Which history a key press asks for: Ctrl/Cmd+Z undo; Shift+Ctrl/Cmd+Z and Ctrl+Y redo. */
export function undoCommandOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !event.shiftKey) return 'redo'
  return null
}

/** A field that keeps its own history: the editable reader (TipTap's Yjs undo), inputs, the node text editor. */
function hasOwnHistory(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'INPUT')
}

/**
 * Routes the undo keys: focus in the editable reader or a text field → that field's own undo
 * (the reader's reverts only this person's typing); anywhere else on the page → map undo.
 * A read-only reader (annotators) has no text history, so there the keys undo the map.
 */
export function useUndoShortcuts(undo: MapUndo, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      const command = undoCommandOf(event)
      if (!command || event.defaultPrevented || hasOwnHistory(event.target)) return
      event.preventDefault()
      if (command === 'undo') undo.undo()
      else undo.redo()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [undo, enabled])
}
