import { useCallback, useState } from 'react'
import type { RoomView } from './ViewSwitch'

const key = 'warrant.view'

/** The view this browser last chose (map, outline or both), kept across visits. */
export function useRoomView(): [RoomView, (view: RoomView) => void] {
  const [view, setView] = useState<RoomView>(() => {
    const saved = readSaved()
    return saved === 'outline' || saved === 'both' ? saved : 'map'
  })
  const choose = useCallback((next: RoomView) => {
    setView(next)
    try {
      localStorage.setItem(key, next)
    } catch {
      // Storage refused (private mode): the choice lasts for this page only.
    }
  }, [])
  return [view, choose]
}

function readSaved(): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}
