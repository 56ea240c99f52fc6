import { type KeyboardEvent, useCallback, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { canWrite, deleteNodes, editNodeText } from '@warrant/model'
import type { EvaluationStore } from '../map/evaluate/EvaluationStore'
import type { RoomSession } from '../session/RoomSession'
import { addOutlineReason } from './addOutlineReason'
import { type OutlineRow, buildOutline } from './buildOutline'
import { type OutlineRowActions, OutlineRowView } from './OutlineRowView'
import './outline.css'

export interface OutlineViewProps {
  session: RoomSession
  /** The room's Evaluate switch and labels, the same the map shows. */
  evaluation: EvaluationStore
}

/**
 * The argument as a tree (main conclusions on top, reasons and objections nested), synced
 * both ways with the map through the model. Keys: arrows move and fold, F2 edits, Enter adds a
 * sibling reason, Tab a reason under the row, Delete removes.
 */
export function OutlineView({ session, evaluation }: OutlineViewProps) {
  const { room } = session
  const readOnly = !canWrite(session.role, 'map')
  const snapshot = useSyncExternalStore(room.subscribe, room.getSnapshot)
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set())
  const evaluating = useSyncExternalStore(evaluation.subscribe, evaluation.isOn)
  const rows = useMemo(() => buildOutline(snapshot, collapsed), [snapshot, collapsed])
  const labels = useSyncExternalStore(evaluation.subscribe, evaluation.labels)

  const [activeKey, setActiveKey] = useState<string | null>(null)
  const [editingKey, setEditingKey] = useState<string | null>(null)
  const [lastIndex, setLastIndex] = useState(0)
  const wantsFocus = useRef(false)
  const tree = useRef<HTMLUListElement>(null)
  // A deleted or folded-away active row hands over to the row now at its place.
  const active: OutlineRow | undefined = rows.find((row) => row.key === activeKey) ?? rows[Math.min(lastIndex, rows.length - 1)]
  const activeIndex = active ? rows.indexOf(active) : -1
  if (activeIndex >= 0 && activeIndex !== lastIndex) setLastIndex(activeIndex)

  // After a keyboard action, focus follows the active row (a new row, a row after a delete).
  useLayoutEffect(() => {
    if (!wantsFocus.current || !active || editingKey === active.key) return
    const element = tree.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(active.key)}"]`)
    if (element) {
      wantsFocus.current = false
      element.focus()
      element.scrollIntoView({ block: 'nearest' })
    }
  })

  const move = useCallback((key: string) => {
    wantsFocus.current = true
    setActiveKey(key)
  }, [])

  const actions = useMemo<OutlineRowActions>(
    () => ({
      activate: (key) => setActiveKey(key),
      toggle: (key) =>
        setCollapsed((previous) => {
          const next = new Set(previous)
          if (!next.delete(key)) next.add(key)
          return next
        }),
      startEditing: (key) => !readOnly && setEditingKey(key),
      commit: (key, nodeId, text) => {
        const trimmed = text.trim()
        if (trimmed && trimmed !== room.getSnapshot().nodes.get(nodeId)?.text) editNodeText(room, nodeId, trimmed)
        setEditingKey((current) => (current === key ? null : current))
        wantsFocus.current = true
        setActiveKey(key)
      },
      cancel: (key) => {
        setEditingKey((current) => (current === key ? null : current))
        wantsFocus.current = true
        setActiveKey(key)
      },
    }),
    [room, readOnly],
  )

  const addUnder = (row: OutlineRow) => {
    const made = addOutlineReason(session, row.id, row.type === 'junction' ? 'premise' : 'supports', 'evidence')
    if (!made) return
    setCollapsed((previous) => {
      if (!previous.has(row.key)) return previous
      const next = new Set(previous)
      next.delete(row.key)
      return next
    })
    const key = `${row.key}>${made.nodeId}`
    setEditingKey(key)
    move(key)
  }

  const addSibling = (row: OutlineRow) => {
    const kind = row.type === 'node' ? row.node.kind : 'evidence'
    const relation = row.type === 'junction' ? 'argument' : row.relation
    const made = addOutlineReason(session, row.parentId, relation, kind)
    if (!made) return
    const parent = row.parentKey === null ? '' : `${row.parentKey}>`
    const key = made.junctionId ? `${parent}${made.junctionId}>${made.nodeId}` : `${parent}${made.nodeId}`
    setEditingKey(key)
    move(key)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!active || event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey) return
    const index = rows.indexOf(active)
    const go = (row: OutlineRow | undefined) => {
      event.preventDefault()
      if (row) move(row.key)
    }
    const expanded = active.hasChildren && !collapsed.has(active.key)
    switch (event.key) {
      case 'ArrowDown':
        return go(rows[index + 1])
      case 'ArrowUp':
        return go(rows[index - 1])
      case 'Home':
        return go(rows[0])
      case 'End':
        return go(rows.at(-1))
      case 'ArrowRight':
        if (active.hasChildren && !expanded) {
          event.preventDefault()
          return actions.toggle(active.key)
        }
        return go(active.hasChildren ? rows[index + 1] : undefined)
      case 'ArrowLeft':
        if (expanded) {
          event.preventDefault()
          return actions.toggle(active.key)
        }
        return go(rows.find((row) => row.key === active.parentKey))
    }
    if (readOnly) return
    if (event.key === 'F2' && active.type === 'node') {
      event.preventDefault()
      setEditingKey(active.key)
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault()
      addSibling(active)
    } else if (event.key === 'Tab' && !event.shiftKey) {
      event.preventDefault()
      addUnder(active)
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault()
      wantsFocus.current = true
      session.mapUndo.group(() => deleteNodes(room, [active.id]))
    }
  }

  return (
    // The pane around it is the "Outline" region.
    <div className="outline-view">
      <div className="outline-head">
        <h2 id="outline-heading">Outline</h2>
        <label className="outline-evaluate">
          <input type="checkbox" role="switch" checked={evaluating} onChange={(event) => evaluation.setOn(event.target.checked)} data-testid="outline-evaluate" />
          Evaluate
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="outline-empty" data-testid="outline-empty">
          No claims yet. Select a passage in the reader and press 1, 2 or 3.
        </p>
      ) : null}
      <ul
        ref={tree}
        className="outline-tree"
        role="tree"
        aria-labelledby="outline-heading"
        aria-describedby="outline-keys"
        data-testid="outline"
        onKeyDown={onKeyDown}
      >
        {rows.map((row, index) => (
          <OutlineRowView
            key={row.key}
            rowKey={row.key}
            type={row.type}
            id={row.id}
            text={row.type === 'node' ? row.node.text : ''}
            kind={row.type === 'node' ? row.node.kind : null}
            scheme={row.type === 'junction' ? row.junction.scheme : null}
            relation={row.relation}
            level={row.depth}
            position={row.position}
            siblings={row.siblings}
            expanded={row.hasChildren ? !collapsed.has(row.key) : undefined}
            reference={row.type === 'node' && row.reference}
            label={evaluating ? (labels.get(row.id)?.label ?? null) : null}
            active={index === activeIndex}
            editing={editingKey === row.key}
            actions={actions}
          />
        ))}
      </ul>
      <p id="outline-keys" className="visually-hidden">
        {readOnly
          ? 'Arrow keys move between rows and fold them.'
          : 'Arrow keys move and fold. F2 edits the text, Enter adds a sibling reason, Tab adds a reason under the row, Delete removes it.'}
      </p>
    </div>
  )
}
