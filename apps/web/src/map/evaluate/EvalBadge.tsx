import { memo, useSyncExternalStore } from 'react'
import type { Label } from '@warrant/model'
import { useMapContext } from '../MapContext'
import { labelNames } from './EvaluationStore'

/** Stands / falls / open on one node or junction while Evaluate is on; hover or focus explains it. */
function EvalBadgeInner({ id, compact = false }: { id: string; compact?: boolean }) {
  const { evaluation } = useMapContext()
  const badge = useSyncExternalStore(evaluation.subscribe, () => evaluation.badgeOf(id))
  if (badge === null) return null
  const split = badge.indexOf('|')
  const label = badge.slice(0, split) as Label
  const why = badge.slice(split + 1)
  return (
    <span className={`eval-badge eval-${label}${compact ? ' is-compact' : ''}`} data-testid="eval-badge" data-label={label} title={why} aria-label={why} tabIndex={0}>
      {compact ? labelNames[label][0]!.toUpperCase() : labelNames[label]}
    </span>
  )
}

export const EvalBadge = memo(EvalBadgeInner)
