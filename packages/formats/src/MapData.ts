import type { ArgumentNode, Comment, Junction, Link, Room, TextPosition, TextQuote } from '@warrant/model'
import { selectorsForSpan, textDocKeys } from '@warrant/model'

/** A node's highlight as exporters write it: W3C selectors measured in the current text. */
export interface ExportAnchor {
  id: string
  nodeId: string
  quote: TextQuote
  position: TextPosition
  /** Orphaned anchors keep the selectors they were made with. */
  status: 'exact' | 'recovered' | 'orphaned'
  author: { id: string; name: string }
  createdAt: number
}

/**
 * A room's map as exporters read it: the snapshot's records (after the invariants) in a stable
 * order, the reading as plain text (the text anchors are measured in) and its title.
 */
export interface MapData {
  title: string
  text: string
  nodes: readonly ArgumentNode[]
  links: readonly Link[]
  junctions: readonly Junction[]
  /** Anchor by node id. */
  anchors: ReadonlyMap<string, ExportAnchor>
  comments: readonly Comment[]
}

export function readMapData(room: Room): MapData {
  const snapshot = room.getSnapshot()
  const layout = room.getAnchorLayout()
  const title = room.textDoc.getMap(textDocKeys.meta).get('title')
  const anchors = new Map<string, ExportAnchor>()
  for (const [nodeId, anchor] of snapshot.anchorOfNode) {
    const resolved = layout.byNode.get(nodeId)
    const base = { id: anchor.id, nodeId, author: anchor.author, createdAt: anchor.createdAt }
    if (resolved && resolved.status !== 'orphaned') anchors.set(nodeId, { ...base, ...selectorsForSpan(layout.index.text, resolved.start, resolved.end), status: resolved.status })
    else anchors.set(nodeId, { ...base, quote: anchor.quote, position: anchor.position, status: 'orphaned' })
  }
  return {
    title: typeof title === 'string' ? title : '',
    text: layout.index.text,
    nodes: snapshot.nodeList,
    links: snapshot.linkList,
    junctions: snapshot.junctionList,
    anchors,
    comments: [...room.getComments().comments.values()].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)),
  }
}
