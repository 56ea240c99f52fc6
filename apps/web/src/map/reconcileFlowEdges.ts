import type { Junction, Link } from '@warrant/model'
import { type ConclusionFlowEdge, type LinkFlowEdge, type MapFlowEdge, conclusionEdgeId } from './flowTypes'

/**
 * The flow edges for the model's links, then one edge per junction to its conclusion, reusing
 * each previous edge whose record is the same object (a conclusion edge: the same junction and
 * conclusion), see reconcileFlowNodes.
 */
export function reconcileFlowEdges(previous: readonly MapFlowEdge[], records: readonly Link[], junctions: readonly Junction[] = []): MapFlowEdge[] {
  const byId = new Map<string, MapFlowEdge>()
  for (const edge of previous) byId.set(edge.id, edge)
  let changed = previous.length !== records.length + junctions.length
  const next: MapFlowEdge[] = []
  const add = (edge: MapFlowEdge) => {
    if (edge !== previous[next.length]) changed = true
    next.push(edge)
  }
  for (const record of records) add(linkEdgeFor(record, byId.get(record.id)))
  for (const junction of junctions) add(conclusionEdgeFor(junction, byId.get(conclusionEdgeId(junction.id))))
  return changed ? next : (previous as MapFlowEdge[])
}

function linkEdgeFor(record: Link, previous: MapFlowEdge | undefined): LinkFlowEdge {
  if (previous?.type === 'link' && previous.data?.record === record) return previous
  const edge: LinkFlowEdge = { id: record.id, type: 'link', source: record.source, target: record.target, data: { record } }
  return previous?.selected ? { ...edge, selected: true } : edge
}

function conclusionEdgeFor(junction: Junction, previous: MapFlowEdge | undefined): ConclusionFlowEdge {
  if (previous?.type === 'conclusion' && previous.target === junction.conclusion) return previous
  return { id: conclusionEdgeId(junction.id), type: 'conclusion', source: junction.id, target: junction.conclusion, data: { junctionId: junction.id }, selectable: false, deletable: false }
}
