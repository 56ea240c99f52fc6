import { useLayoutEffect, useRef, useSyncExternalStore } from 'react'
import type { NodeKind } from '@warrant/model'
import { kindLabels } from '../app/kindColors'
import { useMapContext } from '../map/MapContext'
import { labelNames } from '../map/evaluate/EvaluationStore'

/**
 * What a screen reader says for a map node, "Claim: ‹text›, stands": a hidden span that names
 * React Flow's focusable node wrapper (aria-labelledby, which reads hidden elements too), so
 * focus on the node reads it.
 */
export function NodeAccessibleName({ id, kind, text }: { id: string; kind: NodeKind; text: string }) {
  const { evaluation } = useMapContext()
  const label = useSyncExternalStore(evaluation.subscribe, () => (evaluation.isOn() ? evaluation.labelOf(id) : undefined))
  const span = useRef<HTMLSpanElement>(null)
  const nameId = `map-node-name-${id}`
  useLayoutEffect(() => {
    span.current?.closest('.react-flow__node')?.setAttribute('aria-labelledby', nameId)
  }, [nameId])
  return (
    // Hidden, not visually hidden: aria-labelledby still reads it, and 500 clipped layers (one per
    // node) were repainted on every pan frame.
    <span ref={span} id={nameId} hidden>
      {`${kindLabels[kind]}: ${text}${label ? `, ${labelNames[label]}` : ''}`}
    </span>
  )
}
