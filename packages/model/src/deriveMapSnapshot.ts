import type { MapRecords, MapSnapshot } from './MapSnapshot'
import type { Anchor } from './records/Anchor'
import type { Junction } from './records/Junction'
import { type Link, targetsJunction } from './records/Link'
import { sameEntries } from './sameEntries'

const byCreation = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * Applies the map's invariants to the valid records. Every peer derives the same snapshot from
 * the same records, so a link to a node deleted concurrently disappears everywhere alike.
 */
export function deriveMapSnapshot(version: number, records: MapRecords, previous?: MapSnapshot): MapSnapshot {
  const { nodes, anchors } = records
  // A junction stands while its conclusion does and while some premise still leads into it.
  const candidates = new Map<string, Junction>()
  for (const [id, junction] of records.junctions) if (nodes.has(junction.conclusion)) candidates.set(id, junction)
  const endpointsExist = (link: Link) => {
    if (!nodes.has(link.source)) return false
    if (!targetsJunction(link.kind)) return link.source !== link.target && nodes.has(link.target)
    const junction = candidates.get(link.target)
    // A statement cannot be a premise of its own conclusion.
    return junction !== undefined && !(link.kind === 'premise' && junction.conclusion === link.source)
  }
  const liveLinks = new Map<string, Link>()
  const directions = new Set<string>()
  for (const link of [...records.links.values()].filter(endpointsExist).sort(byCreation)) {
    // Two peers linking the same nodes at once make two links in one direction, which
    // linkNodes never does alone: the earliest one stands for both on every peer.
    const direction = `${link.source}\u0000${link.target}`
    if (directions.has(direction)) continue
    directions.add(direction)
    liveLinks.set(link.id, link)
  }
  const withPremise = new Set<string>()
  for (const link of liveLinks.values()) if (link.kind === 'premise') withPremise.add(link.target)
  const junctions = new Map<string, Junction>()
  for (const [id, junction] of candidates) if (withPremise.has(id)) junctions.set(id, junction)
  for (const [id, link] of liveLinks) if (targetsJunction(link.kind) && !junctions.has(link.target)) liveLinks.delete(id)

  const liveAnchors = new Map<string, Anchor>()
  const anchorOfNode = new Map<string, Anchor>()
  for (const [id, anchor] of anchors) {
    if (!nodes.has(anchor.nodeId)) continue
    liveAnchors.set(id, anchor)
    const other = anchorOfNode.get(anchor.nodeId)
    // Two anchors for one node cannot come from our commands; keep the same one everywhere.
    if (!other || anchor.id < other.id) anchorOfNode.set(anchor.nodeId, anchor)
  }
  // Most changes are moves: keeping the anchor maps' identity lets anchor work be skipped.
  const anchorsKept = previous !== undefined && sameEntries(previous.anchorOfNode, anchorOfNode) && sameEntries(previous.anchors, liveAnchors)
  return {
    version,
    nodes: new Map(nodes),
    links: liveLinks,
    junctions,
    anchors: anchorsKept ? previous.anchors : liveAnchors,
    anchorOfNode: anchorsKept ? previous.anchorOfNode : anchorOfNode,
    nodeList: [...nodes.values()].sort(byCreation),
    linkList: [...liveLinks.values()],
    junctionList: [...junctions.values()].sort(byCreation),
    invalidRecords: records.invalidRecords,
    structureVersion: records.structureVersion,
  }
}
