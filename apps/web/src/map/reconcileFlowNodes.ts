import type { ArgumentNode } from '@warrant/model'
import type { ArgumentFlowNode } from './flowTypes'

/**
 * The flow nodes for the model's current records, reusing each previous flow node whose record
 * is the same object, so React Flow skips every node that did not change. A changed record
 * gets a new flow node that keeps the view's own state (selection, measured size) and, while
 * this browser drags it, the local position. Returns `previous` itself when nothing changed.
 */
export function reconcileFlowNodes(previous: readonly ArgumentFlowNode[], records: readonly ArgumentNode[]): ArgumentFlowNode[] {
  const byId = new Map<string, ArgumentFlowNode>()
  for (const node of previous) byId.set(node.id, node)
  let changed = previous.length !== records.length
  const next = records.map((record, index) => {
    const node = flowNodeFor(record, byId.get(record.id))
    if (node !== previous[index]) changed = true
    return node
  })
  return changed ? next : (previous as ArgumentFlowNode[])
}

function flowNodeFor(record: ArgumentNode, previous: ArgumentFlowNode | undefined): ArgumentFlowNode {
  if (previous?.data.record === record) return previous
  if (previous) return { ...previous, position: previous.dragging ? previous.position : record.position, data: { record } }
  return { id: record.id, type: 'argument', position: record.position, data: { record } }
}
