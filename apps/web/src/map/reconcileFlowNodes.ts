import type { ArgumentNode, Junction } from '@warrant/model'
import { estimatedSize } from './estimatedSize'
import type { MapFlowNode } from './flowTypes'

const noneHidden: ReadonlySet<string> = new Set()

/**
 * The flow nodes for the model's current statements and junctions, reusing each previous flow
 * node whose record is the same object (and whose hidden state did not change), so React Flow
 * skips every node that did not change. A changed record gets a new flow node that keeps the
 * view's own state (selection, measured size) and, while this browser drags it, the local
 * position; a node this browser drags whose record only moved is kept as it is. Returns
 * `previous` itself when nothing changed. `hidden`: ids of collapsed reasons. `estimate`: a node
 * not rendered yet gets an estimated size and handles (estimatedSize; big maps only).
 */
export function reconcileFlowNodes(
  previous: readonly MapFlowNode[],
  records: readonly ArgumentNode[],
  junctions: readonly Junction[] = [],
  hidden: ReadonlySet<string> = noneHidden,
  estimate = false,
): MapFlowNode[] {
  const byId = new Map<string, MapFlowNode>()
  for (const node of previous) byId.set(node.id, node)
  let changed = previous.length !== records.length + junctions.length
  const next: MapFlowNode[] = []
  const add = (node: MapFlowNode) => {
    if (node !== previous[next.length]) changed = true
    next.push(node)
  }
  for (const record of records) add(flowNodeFor('argument', record, byId.get(record.id), hidden.has(record.id), estimate))
  for (const record of junctions) add(flowNodeFor('junction', record, byId.get(record.id), hidden.has(record.id), estimate))
  return changed ? next : (previous as MapFlowNode[])
}

function flowNodeFor(type: 'argument' | 'junction', record: ArgumentNode | Junction, previous: MapFlowNode | undefined, hidden: boolean, estimate: boolean): MapFlowNode {
  if (previous && (previous.hidden ?? false) === hidden) {
    if (previous.data.record === record) return previous
    // This browser's drag writes the dragged position back once a frame; that echo changes nothing
    // the view shows (React Flow holds the local position), so React Flow's store is left alone.
    // The record is caught up by the first change after the drop.
    if (previous.dragging && movedOnly(previous.data.record, record)) return previous
  }
  const base = { id: record.id, type, data: { record } } as MapFlowNode
  const node = previous ? ({ ...previous, ...base, position: previous.dragging ? previous.position : record.position } as MapFlowNode) : ({ ...base, position: record.position } as MapFlowNode)
  if (hidden) node.hidden = true
  else delete node.hidden
  // Handles given mean the size is still an estimate (keepMeasured drops them): made again when the
  // record changed more than its position (a remote move of an unrendered node keeps its estimate).
  const stale = !node.measured || (node.handles !== undefined && !(previous && movedOnly(previous.data.record, record)))
  if (estimate && stale) Object.assign(node, estimatedSize(type, record))
  return node
}

/** Whether two versions of a record differ in their position at most. */
function movedOnly(before: ArgumentNode | Junction, after: ArgumentNode | Junction): boolean {
  const a = before as Readonly<Record<string, unknown>>
  const b = after as Readonly<Record<string, unknown>>
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (key === 'position' || a[key] === b[key]) continue
    if (typeof a[key] !== 'object' || typeof b[key] !== 'object' || JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false
  }
  return true
}
