import { memo, useCallback, useSyncExternalStore } from 'react'
import { Handle, type NodeProps, Position } from '@xyflow/react'
import { setJunctionScheme } from '@warrant/model'
import { countRender } from '../countRender'
import { EvalBadge } from '../evaluate/EvalBadge'
import type { JunctionFlowNode } from '../flowTypes'
import { useMapContext } from '../MapContext'
import { SchemeEditor } from './SchemeEditor'

/**
 * An inference: a small dot its premises run into and its conclusion arrow leaves from, with
 * its scheme's name under it. Double-click (or Enter when selected) names the scheme.
 */
function JunctionNodeViewInner({ id, data, selected, dragging }: NodeProps<JunctionFlowNode>) {
  countRender('nodes')
  const { room, editing, find } = useMapContext()
  const isEditing = useSyncExternalStore(editing.subscribe, () => editing.get() === id)
  const dimmed = useSyncExternalStore(find.subscribe, () => find.markOf(id) === 'dim')
  const { record } = data
  const commit = useCallback(
    (scheme: string) => {
      const trimmed = scheme.trim()
      if (trimmed !== (record.scheme ?? '')) setJunctionScheme(room, id, trimmed === '' ? null : trimmed)
      editing.stop(id)
    },
    [room, editing, id, record.scheme],
  )
  const cancel = useCallback(() => editing.stop(id), [editing, id])
  const className = ['junction-node', selected && 'is-selected', dragging && 'is-dragging', dimmed && 'is-dimmed'].filter(Boolean).join(' ')
  const label = record.scheme ? `Argument: ${record.scheme}` : 'Argument (inference)'
  return (
    <div className={className} data-testid="map-junction" data-junction-id={id} data-pinned={record.pinned ? 'true' : undefined} data-dimmed={dimmed ? 'true' : undefined} aria-label={label} title={label}>
      <Handle type="source" position={Position.Top} className="junction-handle" />
      <div className="junction-dot" />
      <Handle type="target" position={Position.Bottom} className="junction-handle" />
      <EvalBadge id={id} compact />
      {isEditing ? (
        <SchemeEditor initial={record.scheme ?? ''} onCommit={commit} onCancel={cancel} />
      ) : (
        record.scheme && (
          <div className="junction-scheme" data-testid="junction-scheme">
            {record.scheme}
          </div>
        )
      )}
    </div>
  )
}

function showsTheSame(previous: NodeProps<JunctionFlowNode>, next: NodeProps<JunctionFlowNode>): boolean {
  const before = previous.data.record
  const after = next.data.record
  return (
    previous.id === next.id &&
    previous.selected === next.selected &&
    previous.dragging === next.dragging &&
    (before === after || (before.scheme === after.scheme && before.pinned === after.pinned))
  )
}

export const JunctionNodeView = memo(JunctionNodeViewInner, showsTheSame)
