import { createContext, useContext } from 'react'
import type { Room } from '@warrant/model'
import type { FocusStore } from '../focus/FocusStore'
import type { EditingStore } from './EditingStore'
import type { EvaluationStore } from './evaluate/EvaluationStore'
import type { CollapseStore } from './find/CollapseStore'
import type { FindStore } from './find/FindStore'
import type { OrphanStore } from './OrphanStore'

/** What the map's node and edge components share; one stable object per map, so it never re-renders them. */
export interface MapContextValue {
  room: Room
  focus: FocusStore
  editing: EditingStore
  orphans: OrphanStore
  evaluation: EvaluationStore
  find: FindStore
  collapse: CollapseStore
}

export const MapContext = createContext<MapContextValue | null>(null)

export function useMapContext(): MapContextValue {
  const value = useContext(MapContext)
  if (!value) throw new Error('useMapContext: no MapContext above this component')
  return value
}
