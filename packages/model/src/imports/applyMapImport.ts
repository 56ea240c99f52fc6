import type { Room } from '../Room'
import { placeQuote } from '../anchors/placeQuote'
import { relativePositionsForSpan } from '../anchors/relativePositionsForSpan'
import { selectorsForSpan } from '../anchors/selectorsForSpan'
import { ANCHOR_SCHEMA_VERSION, maxQuoteLength } from '../records/Anchor'
import { NODE_SCHEMA_VERSION } from '../records/ArgumentNode'
import { COMMENT_SCHEMA_VERSION } from '../records/Comment'
import { JUNCTION_SCHEMA_VERSION } from '../records/Junction'
import { LINK_SCHEMA_VERSION } from '../records/Link'
import { recordToYMap } from '../records/readRecord'
import type { ImportNode, ImportOrigin, ImportSummary, MapImport } from './MapImport'
import { checkMapImport } from './checkMapImport'
import { layoutImport } from './layoutImport'

export interface ApplyMapImportOptions {
  /** Anchor nodes to the room's reading: by their quote, or by their text when it occurs once. */
  anchorQuotes: boolean
}

export interface AppliedMapImport extends ImportSummary {
  /** New record ids by the file's keys. */
  nodeIds: ReadonlyMap<string, string>
  junctionIds: ReadonlyMap<string, string>
}

/**
 * Writes an imported map into the room as ONE map-doc transaction (one undo step, one update
 * for every peer): nodes with new ids, junctions with their premise links, links, and anchors
 * where the reading holds a node's quote (or text) in exactly one place. Ambiguous or missing
 * quotes leave the node unanchored (counted as orphaned): never attached to the wrong words.
 */
export function applyMapImport(room: Room, input: MapImport, { anchorQuotes }: ApplyMapImportOptions): AppliedMapImport {
  const checked = checkMapImport(input)
  const layout = layoutImport(checked, room.getSnapshot())
  const index = room.getAnchorLayout().index
  const spans = new Map<string, { start: number; end: number }>()
  const quoteOrigin = new Map(checked.nodes.flatMap((node) => (node.quote ? [[node.key, node.quote] as const] : [])))
  let orphaned = 0
  if (anchorQuotes && index.text.length > 0) {
    for (const node of checked.nodes) {
      const span = spanOf(index.text, node)
      if (span === 'orphaned') orphaned++
      else if (span) spans.set(node.key, span)
    }
  }
  const nodeIds = new Map<string, string>()
  const junctionIds = new Map<string, string>()
  let links = 0
  let anchored = 0
  const anchorIds = new Map<string, string>()
  const made = (record: ImportOrigin) => ({ author: record.author ?? room.user, createdAt: record.createdAt ?? room.now() })
  const writeLink = (source: string, target: string, kind: string, record: ImportOrigin) => {
    const id = room.createId()
    room.linkMap.set(id, recordToYMap({ v: LINK_SCHEMA_VERSION, id, kind, source, target, ...made(record) }))
    links++
  }
  room.transactMap(() => {
    for (const node of checked.nodes) {
      const id = room.createId()
      room.nodeMap.set(id, recordToYMap({ v: NODE_SCHEMA_VERSION, id, kind: node.kind, text: node.text, ...made(node), position: layout.nodes.get(node.key)!, ...(node.pinned ? { pinned: true } : {}), ...(node.given ? { given: node.given } : {}) }))
      nodeIds.set(node.key, id)
    }
    for (const junction of checked.junctions) {
      const id = room.createId()
      const record = { v: JUNCTION_SCHEMA_VERSION, id, conclusion: nodeIds.get(junction.conclusion)!, scheme: junction.scheme ?? null, ...made(junction), position: layout.junctions.get(junction.key)!, ...(junction.pinned ? { pinned: true } : {}) }
      room.junctionMap.set(id, recordToYMap(record))
      junctionIds.set(junction.key, id)
      for (const premise of junction.premises) writeLink(nodeIds.get(premise)!, id, 'premise', junction)
    }
    for (const link of checked.links) {
      const target = link.kind === 'undercuts' ? junctionIds.get(link.target)! : nodeIds.get(link.target)!
      writeLink(nodeIds.get(link.source)!, target, link.kind, link)
    }
    for (const [key, span] of spans) {
      const relative = relativePositionsForSpan(index, span.start, span.end)
      if (!relative) {
        orphaned++
        continue
      }
      const { quote, position } = selectorsForSpan(index.text, span.start, span.end)
      const id = room.createId()
      const anchor = { v: ANCHOR_SCHEMA_VERSION, id, nodeId: nodeIds.get(key)!, start: relative.start, end: relative.end, quote, position, ...made(quoteOrigin.get(key) ?? {}) }
      room.anchorMap.set(id, recordToYMap(anchor))
      anchorIds.set(key, id)
      anchored++
    }
    const commentIds = new Map<string, string>()
    for (const comment of checked.comments) {
      const id = room.createId()
      const on = (comment.onAnchor ? anchorIds.get(comment.on) : undefined) ?? nodeIds.get(comment.on)!
      const parent = comment.parent === null ? null : commentIds.get(comment.parent)!
      room.commentMap.set(id, recordToYMap({ v: COMMENT_SCHEMA_VERSION, id, on, parent, text: comment.text, resolved: comment.resolved, ...made(comment) }))
      commentIds.set(comment.key, id)
    }
  })
  return {
    nodes: checked.nodes.length,
    junctions: checked.junctions.length,
    links,
    comments: checked.comments.length,
    anchored,
    orphaned,
    skipped: checked.skipped,
    notes: [...(input.notes ?? [])],
    nodeIds,
    junctionIds,
  }
}

/** Where a node's words are in the reading; 'orphaned' when it quotes words that cannot be placed. */
function spanOf(text: string, node: ImportNode): { start: number; end: number } | 'orphaned' | null {
  if (node.quote) {
    const { quote, position } = node.quote
    if (!quote || typeof quote.exact !== 'string' || quote.exact.length === 0 || quote.exact.length > maxQuoteLength) return 'orphaned'
    const placed = placeQuote(text, { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' }, position ? position.start : null)
    return placed ?? 'orphaned'
  }
  const words = node.text.trim()
  if (words.length === 0 || words.length > maxQuoteLength) return null
  const first = text.indexOf(words)
  if (first < 0) return null
  // The same words twice: which one the node meant is unknown.
  if (text.indexOf(words, first + 1) >= 0) return 'orphaned'
  return { start: first, end: first + words.length }
}
