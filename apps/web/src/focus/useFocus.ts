import { useSyncExternalStore } from 'react'
import type { FocusState, FocusStore } from './FocusStore'

/** Reads one value of the shared focus; re-renders only when that value changes. */
export function useFocus<T>(store: FocusStore, select: (state: FocusState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()))
}
