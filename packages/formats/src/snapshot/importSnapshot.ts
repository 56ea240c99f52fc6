import type { ImportComment, ImportJunction, ImportLink, ImportNode, MapImport } from '@warrant/model'
import { buildTextIndex } from '@warrant/model'
import * as Y from 'yjs'
import { FormatError } from '../FormatError'
import { groupBy } from '../groupBy'
import { parseJsonFile } from '../parseJsonFile'
import { loadZodMessages } from '../zodMessages'
import { SNAPSHOT_FORMAT_VERSION, type WarrantSnapshot, snapshotMigrations, snapshotSchemaV1 } from './snapshotSchema'
import { type TipTapNode, depthOf, maxTipTapDepth, writeTipTap } from './tiptapJson'

export interface SnapshotImport {
  map: MapImport
  title: string
  meta: Record<string, string>
  /** The reading as TipTap JSON; `applySnapshotImport` writes it into an empty room. */
  content: TipTapNode
}

/**
 * Reads a Warrant JSON snapshot: migrates an older format version, validates every record
 * (a FormatError names the first bad field, e.g. `nodes[2].kind`), and turns the records into
 * a MapImport keyed by their old ids, with each node's anchor as its quote.
 */
export function importSnapshot(input: string | Uint8Array): SnapshotImport {
  try {
    return readSnapshot(input)
  } catch (error) {
    if (error instanceof RangeError) throw new FormatError('json', 'Warrant JSON: the file nests too deep to read.', {}, { cause: error })
    throw error
  }
}

function readSnapshot(input: string | Uint8Array): SnapshotImport {
  let raw = parseJsonFile(input, 'json')
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new FormatError('json', 'Warrant JSON: the file must hold a JSON object.', { field: '(root)' })
  let version = (raw as Record<string, unknown>).warrant
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new FormatError('json', 'Warrant JSON: "warrant" (the format version) is missing: this is not a Warrant snapshot.', { field: 'warrant' })
  if (version > SNAPSHOT_FORMAT_VERSION) throw new FormatError('json', `Warrant JSON: format version ${version} was written by a newer Warrant; this one reads up to ${SNAPSHOT_FORMAT_VERSION}.`, { field: 'warrant' })
  while (version < SNAPSHOT_FORMAT_VERSION) {
    raw = snapshotMigrations[version + 1]!(raw as Record<string, unknown>)
    version++
  }
  if (depthOf((raw as Record<string, unknown>).text, maxTipTapDepth) > maxTipTapDepth) throw new FormatError('json', 'Warrant JSON: "text" nests too deep.', { field: 'text' })
  loadZodMessages()
  const parsed = snapshotSchemaV1.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const field = issue.path.reduce<string>((path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)), '')
    throw new FormatError('json', `Warrant JSON: ${field || '(root)'}: ${issue.message}.`, { field })
  }
  const snapshot = parsed.data
  return { map: toMapImport(snapshot), title: snapshot.title, meta: snapshot.meta ?? {}, content: snapshot.text }
}

function toMapImport(snapshot: WarrantSnapshot): MapImport {
  const anchorOf = new Map(snapshot.anchors.map((anchor) => [anchor.nodeId, anchor]))
  const anchorNode = new Map(snapshot.anchors.map((anchor) => [anchor.id, anchor.nodeId]))
  const nodes: ImportNode[] = snapshot.nodes.map((node) => {
    const anchor = anchorOf.get(node.id)
    return { key: node.id, kind: node.kind, text: node.text, position: node.position, author: node.author, createdAt: node.createdAt, pinned: node.pinned, given: node.given, ...(anchor ? { quote: { quote: anchor.quote, position: anchor.position, author: anchor.author, createdAt: anchor.createdAt } } : {}) }
  })
  const premisesOf = groupBy(snapshot.links.filter((link) => link.kind === 'premise'), (link) => link.target)
  const junctions: ImportJunction[] = snapshot.junctions.map((junction) => ({
    key: junction.id,
    conclusion: junction.conclusion,
    premises: (premisesOf.get(junction.id) ?? []).map((link) => link.source),
    scheme: junction.scheme,
    position: junction.position,
    pinned: junction.pinned,
    author: junction.author,
    createdAt: junction.createdAt,
  }))
  const links: ImportLink[] = snapshot.links.flatMap((link) => (link.kind === 'premise' ? [] : [{ source: link.source, target: link.target, kind: link.kind, author: link.author, createdAt: link.createdAt }]))
  const comments: ImportComment[] = snapshot.comments.map((comment) => {
    const onAnchor = anchorNode.get(comment.on)
    return { key: comment.id, on: onAnchor ?? comment.on, onAnchor: onAnchor !== undefined, parent: comment.parent, text: comment.text, resolved: comment.resolved, author: comment.author, createdAt: comment.createdAt }
  })
  return { nodes, junctions, links, comments, skipped: [], text: plainText(snapshot.text) }
}

/** The reading's plain text as anchors measure it. */
function plainText(content: TipTapNode): string {
  const fragment = new Y.Doc().getXmlFragment('content')
  writeTipTap(fragment, content)
  return buildTextIndex(fragment).text
}
