import { useCallback, useRef } from 'react'

/** A ref that focuses a field and selects its text the first time it mounts (an editor just opened). */
export function useSelectOnMount<T extends HTMLInputElement | HTMLTextAreaElement>(): (element: T | null) => void {
  const done = useRef(false)
  return useCallback((element: T | null) => {
    if (!element || done.current) return
    done.current = true
    element.focus()
    element.select()
  }, [])
}
