import { memo, useCallback, useSyncExternalStore } from 'react'
import { Handle, type NodeProps, Position } from '@xyflow/react'
import { editNodeText, setPinned } from '@warrant/model'
import { kindLabels, kindStyle } from '../app/kindColors'
import { countRender } from './countRender'
import type { ArgumentFlowNode } from './flowTypes'
import { useMapContext } from './MapContext'
import { NodeTextEditor } from './NodeTextEditor'
import { NodeCommentBadge } from '../comments/NodeCommentBadge'
import { EvalBadge } from './evaluate/EvalBadge'
import { CollapseToggle } from './find/CollapseToggle'
import { NodeAccessibleName } from '../keyboard/NodeAccessibleName'

/**
 * One statement on the map. Reads the few shared values it shows through narrow selectors, so
 * hovering or editing one node re-renders that node only.
 */
function ArgumentNodeViewInner({ id, data, selected, dragging }: NodeProps<ArgumentFlowNode>) {
  countRender('nodes')
  const { room, focus, editing, orphans, find } = useMapContext()
  const mark = useSyncExternalStore(find.subscribe, () => find.markOf(id))
  const lit = useSyncExternalStore(
    useCallback((listener: () => void) => focus.subscribeHovered(id, listener), [focus, id]),
    () => focus.getState().hoveredNodeId === id,
  )
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
  const togglePin = useCallback(() => setPinned(room, id, !record.pinned), [room, id, record.pinned])
  const className = ['argument-node', selected && 'is-selected', lit && 'is-lit', dragging && 'is-dragging', orphaned && 'is-orphaned', mark && `is-${mark}`]
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
      data-pinned={record.pinned ? 'true' : 'false'}
      data-match={mark === 'match' || mark === 'current' ? 'true' : undefined}
      data-current-match={mark === 'current' ? 'true' : undefined}
      data-dimmed={mark === 'dim' ? 'true' : undefined}
    >
      <NodeAccessibleName id={id} kind={record.kind} text={record.text} />
      <Handle type="source" position={Position.Top} className="node-handle" />
      <div className="node-head">
        <span className="node-kind">{kindLabels[record.kind]}</span>
        {orphaned && (
          <span className="node-orphan" title="The highlighted passage was removed from the text" data-testid="map-node-orphaned">
            ⚠ passage removed
          </span>
        )}
        <span className="node-tools">
          <EvalBadge id={id} />
          <NodeCommentBadge nodeId={id} />
          <button
            type="button"
            className={`pin-toggle nodrag${record.pinned ? ' is-pinned' : ''}`}
            data-testid="pin-toggle"
            aria-pressed={record.pinned === true}
            aria-label={record.pinned ? 'Unpin: let Tidy move this node' : 'Pin: Tidy leaves this node where it is'}
            title={record.pinned ? 'Pinned: Tidy leaves it here (click to unpin)' : 'Pin: Tidy leaves it here'}
            onClick={togglePin}
            onDoubleClick={(event) => event.stopPropagation()}
          >
            <svg className={`node-tool-icon${record.pinned ? ' is-shown' : ''}`} width="12" height="12" viewBox="0 0 16 16" aria-hidden="true">
              <path d="M10.5 1.5 14.5 5.5 12 6.5 9.5 9 9.8 12.2 8.6 13.4 5.6 10.4 2 14 1.9 14.1 2 14 5.6 10.4 2.6 7.4 3.8 6.2 7 6.5 9.5 4z" fill="currentColor" />
            </svg>
          </button>
        </span>
      </div>
      {isEditing ? (
        <NodeTextEditor initialText={record.text} onCommit={commit} onCancel={cancel} />
      ) : (
        <p className="node-text">{record.text}</p>
      )}
      <div className="node-foot">
        <span className="node-author">{record.author.name}</span>
        <CollapseToggle id={id} />
      </div>
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
    (before === after ||
      (before.kind === after.kind && before.text === after.text && before.author.name === after.author.name && before.pinned === after.pinned))
  )
}

export const ArgumentNodeView = memo(ArgumentNodeViewInner, showsTheSame)
