import { useEffect, useRef } from 'react'
import { useNodesInitialized, useReactFlow } from '@xyflow/react'
import { fitViewOptions } from './fitViewOptions'

/** Frames the map once, when its first nodes have been measured (they arrive after sync). */
export function FitViewOnce() {
  const initialized = useNodesInitialized()
  const { fitView } = useReactFlow()
  const done = useRef(false)
  useEffect(() => {
    if (!initialized || done.current) return
    done.current = true
    void fitView(fitViewOptions)
  }, [initialized, fitView])
  return null
}
