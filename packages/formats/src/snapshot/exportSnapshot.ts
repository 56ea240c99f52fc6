import { ANCHOR_SCHEMA_VERSION, COMMENT_SCHEMA_VERSION, JUNCTION_SCHEMA_VERSION, LINK_SCHEMA_VERSION, NODE_SCHEMA_VERSION, type Room, textDocKeys } from '@warrant/model'
import { readMapData } from '../MapData'
import { SNAPSHOT_FORMAT_VERSION, type WarrantSnapshot } from './snapshotSchema'
import { fragmentToTipTap } from './tiptapJson'

/**
 * The whole room as one versioned JSON file: the reading as TipTap JSON, its metadata, every
 * map record (without Yjs internals: anchors keep their W3C selectors and get new relative
 * positions on import) and the comments. `importSnapshot` reads it back.
 */
export function exportSnapshot(room: Room): string {
  const map = readMapData(room)
  const meta: Record<string, string> = {}
  for (const [key, value] of room.textDoc.getMap(textDocKeys.meta).entries()) if (typeof value === 'string') meta[key] = value
  const strip = <T extends { v: number }>({ v: _version, ...record }: T) => record
  const snapshot: WarrantSnapshot = {
    warrant: SNAPSHOT_FORMAT_VERSION,
    schema: { node: NODE_SCHEMA_VERSION, link: LINK_SCHEMA_VERSION, junction: JUNCTION_SCHEMA_VERSION, anchor: ANCHOR_SCHEMA_VERSION, comment: COMMENT_SCHEMA_VERSION } as WarrantSnapshot['schema'],
    title: map.title,
    meta,
    text: fragmentToTipTap(room.content),
    nodes: map.nodes.map(strip),
    junctions: map.junctions.map(strip),
    links: map.links.map(strip),
    anchors: [...map.anchors.values()].map(({ id, nodeId, quote, position, author, createdAt }) => ({ id, nodeId, quote, position, author, createdAt })),
    comments: map.comments.map(strip),
  }
  return `${JSON.stringify(snapshot, null, 2)}\n`
}
