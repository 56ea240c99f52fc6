import { type LinkKind, type NodeKind, type Label } from '@warrant/model'
import { memo } from 'react'
import { useInPlaceEdit } from '../editing/useInPlaceEdit'
import { useSelectOnMount } from '../editing/useSelectOnMount'
import { kindLabels, kindStyle } from '../app/kindColors'
import { labelNames } from '../map/evaluate/EvaluationStore'

export interface OutlineRowActions {
  activate: (key: string) => void
  toggle: (key: string) => void
  startEditing: (key: string) => void
  commit: (key: string, nodeId: string, text: string) => void
  cancel: (key: string) => void
}

export interface OutlineRowViewProps {
  rowKey: string
  type: 'node' | 'junction'
  id: string
  text: string
  kind: NodeKind | null
  scheme: string | null
  relation: LinkKind | null
  level: number
  position: number
  siblings: number
  /** undefined when the row has nothing under it. */
  expanded: boolean | undefined
  reference: boolean
  label: Label | null
  active: boolean
  editing: boolean
  actions: OutlineRowActions
}

const relationWords: Record<LinkKind, string> = {
  supports: 'supports',
  attacks: 'attacks',
  rephrases: 'rephrases',
  premise: 'premise',
  undercuts: 'undercuts',
}

/** One row of the outline. Memoised on plain values: a change to one node re-renders its rows only. */
export const OutlineRowView = memo(function OutlineRowView(props: OutlineRowViewProps) {
  const { rowKey, type, id, text, kind, scheme, relation, level, position, siblings, expanded, reference, label, active, editing, actions } = props
  return (
    <li
      role="treeitem"
      className={`outline-row outline-${type}${active ? ' is-active' : ''}${reference ? ' is-reference' : ''}`}
      style={{ '--outline-level': level, ...(kind ? kindStyle(kind) : {}) } as React.CSSProperties}
      aria-level={level}
      aria-posinset={position}
      aria-setsize={siblings}
      aria-expanded={expanded}
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      data-testid="outline-row"
      data-key={rowKey}
      data-row-type={type}
      {...(type === 'node' ? { 'data-node-id': id } : { 'data-junction-id': id })}
      data-relation={relation ?? undefined}
      data-reference={reference ? 'true' : undefined}
      data-label={label ?? undefined}
      onFocus={(event) => event.target === event.currentTarget && actions.activate(rowKey)}
      onClick={() => actions.activate(rowKey)}
      onDoubleClick={() => type === 'node' && actions.startEditing(rowKey)}
    >
      <span className="outline-toggle" aria-hidden="true" onClick={() => expanded !== undefined && actions.toggle(rowKey)}>
        {expanded === undefined ? '' : expanded ? '▾' : '▸'}
      </span>
      {relation && <span className={`outline-relation relation-${relation}`}>{relationWords[relation]}</span>}
      {type === 'junction' ? (
        <span className="outline-together">Together:{scheme ? <span className="outline-scheme"> {scheme}</span> : null}</span>
      ) : (
        <>
          {kind && <span className="outline-kind" data-testid="outline-kind">{kindLabels[kind]}</span>}
          {editing ? (
            <OutlineTextEditor initialText={text} onCommit={(value) => actions.commit(rowKey, id, value)} onCancel={() => actions.cancel(rowKey)} />
          ) : (
            <span className="outline-text" data-testid="outline-text">
              {text}
            </span>
          )}
          {reference && <span className="outline-reference">(shown above)</span>}
        </>
      )}
      {label && (
        <span className={`outline-label label-${label}`} data-testid="outline-label">
          {labelNames[label]}
        </span>
      )}
    </li>
  )
})

function OutlineTextEditor({ initialText, onCommit, onCancel }: { initialText: string; onCommit: (text: string) => void; onCancel: () => void }) {
  const field = useSelectOnMount<HTMLInputElement>()
  const edit = useInPlaceEdit(onCommit, onCancel)
  return (
    <input
      ref={field}
      className="outline-editor"
      aria-label="Node text"
      data-testid="outline-editor"
      defaultValue={initialText}
      {...edit}
    />
  )
}
