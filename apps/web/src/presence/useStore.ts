import { useSyncExternalStore } from 'react'

/** Reads one value of a small store (subscribe + getter); re-renders when that value changes. */
export function useStore<T>(store: { subscribe: (listener: () => void) => () => void }, read: () => T): T {
  return useSyncExternalStore(store.subscribe, read)
}
