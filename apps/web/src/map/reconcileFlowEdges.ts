import type { Link } from '@warrant/model'
import type { LinkFlowEdge } from './flowTypes'

/** The flow edges for the model's links, reusing each previous edge whose record is the same object (see reconcileFlowNodes). */
export function reconcileFlowEdges(previous: readonly LinkFlowEdge[], records: readonly Link[]): LinkFlowEdge[] {
  const byId = new Map<string, LinkFlowEdge>()
  for (const edge of previous) byId.set(edge.id, edge)
  let changed = previous.length !== records.length
  const next = records.map((record, index) => {
    const edge = flowEdgeFor(record, byId.get(record.id))
    if (edge !== previous[index]) changed = true
    return edge
  })
  return changed ? next : (previous as LinkFlowEdge[])
}

function flowEdgeFor(record: Link, previous: LinkFlowEdge | undefined): LinkFlowEdge {
  if (previous?.data?.record === record) return previous
  const edge: LinkFlowEdge = { id: record.id, type: 'link', source: record.source, target: record.target, data: { record } }
  return previous?.selected ? { ...edge, selected: true } : edge
}
