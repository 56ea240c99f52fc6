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
): MapSnapshot {
  const liveLinks = new Map<string, Link>()
  for (const [id, link] of links) {
    if (link.source !== link.target && nodes.has(link.source) && nodes.has(link.target)) liveLinks.set(id, link)
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
  return {
    version,
    nodes: new Map(nodes),
    links: liveLinks,
    anchors: liveAnchors,
    anchorOfNode,
    nodeList: [...nodes.values()].sort(byCreation),
    linkList: [...liveLinks.values()].sort(byCreation),
    invalidRecords,
  }
}
