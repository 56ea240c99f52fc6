import { memo, useCallback, useSyncExternalStore } from 'react'
import { Handle, type NodeProps, Position } from '@xyflow/react'
import { editNodeText } from '@warrant/model'
import { kindLabels, kindStyle } from '../app/kindColors'
import { useFocus } from '../focus/useFocus'
import { countRender } from './countRender'
import type { ArgumentFlowNode } from './flowTypes'
import { useMapContext } from './MapContext'
import { NodeTextEditor } from './NodeTextEditor'
import { NodeCommentBadge } from '../comments/NodeCommentBadge'

/**
 * One statement on the map. Reads the few shared values it shows through narrow selectors, so
 * hovering or editing one node re-renders that node only.
 */
function ArgumentNodeViewInner({ id, data, selected, dragging }: NodeProps<ArgumentFlowNode>) {
  countRender('nodes')
  const { room, focus, editing, orphans } = useMapContext()
  const lit = useFocus(focus, (state) => state.hoveredNodeId === id)
  const orphaned = useSyncExternalStore(orphans.subscribe, () => orphans.get().has(id))
  const isEditing = useSyncExternalStore(editing.subscribe, () => editing.get() === id)
  const { record } = data
  const commit = useCallback(
    (text: string) => {
      const trimmed = text.trim()
      if (trimmed && trimmed !== record.text) editNodeText(room, id, trimmed)
      editing.stop(id)
    },
    [room, editing, id, record.text],
  )
  const cancel = useCallback(() => editing.stop(id), [editing, id])
  const className = ['argument-node', selected && 'is-selected', lit && 'is-lit', dragging && 'is-dragging', orphaned && 'is-orphaned']
    .filter(Boolean)
    .join(' ')
  return (
    <div
      className={className}
      style={kindStyle(record.kind)}
      data-testid="map-node"
      data-node-id={id}
      data-kind={record.kind}
      data-author-id={record.author.id}
      data-lit={lit ? 'true' : undefined}
      data-orphaned={orphaned ? 'true' : undefined}
    >
      <Handle type="source" position={Position.Top} className="node-handle" />
      <div className="node-head">
        <span className="node-kind">{kindLabels[record.kind]}</span>
        {orphaned && (
          <span className="node-orphan" title="The highlighted passage was removed from the text" data-testid="map-node-orphaned">
            ⚠ passage removed
          </span>
        )}
        <NodeCommentBadge nodeId={id} />
      </div>
      {isEditing ? (
        <NodeTextEditor initialText={record.text} onCommit={commit} onCancel={cancel} />
      ) : (
        <p className="node-text">{record.text}</p>
      )}
      <div className="node-author">{record.author.name}</div>
      <Handle type="target" position={Position.Bottom} className="node-handle" />
    </div>
  )
}

/** The view shows no coordinates, so a move alone (React Flow's wrapper places it) skips this component. */
function showsTheSame(previous: NodeProps<ArgumentFlowNode>, next: NodeProps<ArgumentFlowNode>): boolean {
  const before = previous.data.record
  const after = next.data.record
  return (
    previous.id === next.id &&
    previous.selected === next.selected &&
    previous.dragging === next.dragging &&
    (before === after || (before.kind === after.kind && before.text === after.text && before.author.name === after.author.name))
  )
}

export const ArgumentNodeView = memo(ArgumentNodeViewInner, showsTheSame)
