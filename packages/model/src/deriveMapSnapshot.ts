import type { MapSnapshot } from './MapSnapshot'
import type { Anchor } from './records/Anchor'
import type { ArgumentNode } from './records/ArgumentNode'
import type { Link } from './records/Link'

const byCreation = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * Applies the map's invariants to the valid records. Every peer derives the same snapshot from
 * the same records, so a link to a node deleted concurrently disappears everywhere alike.
 */
export function deriveMapSnapshot(
  version: number,
  nodes: ReadonlyMap<string, ArgumentNode>,
  links: ReadonlyMap<string, Link>,
  anchors: ReadonlyMap<string, Anchor>,
  invalidRecords: number,
  previous?: MapSnapshot,
): MapSnapshot {
  const liveLinks = new Map<string, Link>()
  const directions = new Set<string>()
  const candidates = [...links.values()].filter((link) => link.source !== link.target && nodes.has(link.source) && nodes.has(link.target))
  for (const link of candidates.sort(byCreation)) {
    // Two peers linking the same nodes at once make two links in one direction, which
    // linkNodes never does alone: the earliest one stands for both on every peer.
    const direction = `${link.source}\u0000${link.target}`
    if (directions.has(direction)) continue
    directions.add(direction)
    liveLinks.set(link.id, link)
  }
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
    anchors: anchorsKept ? previous.anchors : liveAnchors,
    anchorOfNode: anchorsKept ? previous.anchorOfNode : anchorOfNode,
    nodeList: [...nodes.values()].sort(byCreation),
    linkList: [...liveLinks.values()],
    invalidRecords,
  }
}

function sameEntries<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): boolean {
  if (a.size !== b.size) return false
  for (const [key, value] of a) if (b.get(key) !== value) return false
  return true
}
