import { maxNodeTextLength, nodeKinds } from '../records/ArgumentNode'
import { authorSchema } from '../records/Author'
import { maxCommentLength } from '../records/Comment'
import type { ImportComment, ImportJunction, ImportLink, ImportNode, ImportOrigin, MapImport, SkippedItem } from './MapImport'

/** Most records one import may write; a map this large is a mistake or an attack. */
export const maxImportRecords = 50_000
const maxSchemeLength = 200

export interface CheckedImport {
  nodes: ImportNode[]
  junctions: ImportJunction[]
  links: ImportLink[]
  comments: ImportComment[]
  skipped: SkippedItem[]
}

/**
 * Keeps what can be written as valid records and says why the rest is left out: duplicate
 * keys, links to nothing, junctions without premises or conclusion. Over-long texts are cut
 * to what a record may hold (and reported). Never throws on any shape of input.
 */
export function checkMapImport(input: MapImport): CheckedImport {
  const skipped: SkippedItem[] = [...(Array.isArray(input.skipped) ? input.skipped : [])]
  const nodes: ImportNode[] = []
  const nodeKeys = new Set<string>()
  for (const node of input.nodes.slice(0, maxImportRecords)) {
    const what = `node ${describe(node.key)}`
    if (typeof node.key !== 'string' || nodeKeys.has(node.key)) {
      skipped.push({ what, why: 'its key is missing or used twice' })
      continue
    }
    let text = typeof node.text === 'string' ? node.text : ''
    if (text.length > maxNodeTextLength) {
      skipped.push({ what, why: `its text was cut to ${maxNodeTextLength} characters (it had ${text.length})` })
      text = `${text.slice(0, maxNodeTextLength - 1)}…`
    }
    const kind = nodeKinds.includes(node.kind) ? node.kind : 'claim'
    const position = finitePoint(node.position)
    nodeKeys.add(node.key)
    nodes.push({ key: node.key, kind, text, ...(position ? { position } : {}), ...(node.quote ? { quote: { quote: node.quote.quote, ...(node.quote.position ? { position: node.quote.position } : {}), ...origin(node.quote) } } : {}), ...origin(node), ...(node.pinned === true ? { pinned: true } : {}), ...(node.given === 'accepted' || node.given === 'rejected' ? { given: node.given } : {}) })
  }
  if (input.nodes.length > maxImportRecords) skipped.push({ what: `${input.nodes.length - maxImportRecords} nodes`, why: `more than ${maxImportRecords} nodes in one import` })

  const junctions: ImportJunction[] = []
  const junctionKeys = new Set<string>()
  for (const junction of input.junctions.slice(0, maxImportRecords)) {
    const what = `inference ${describe(junction.key)}`
    if (typeof junction.key !== 'string' || junctionKeys.has(junction.key) || nodeKeys.has(junction.key)) {
      skipped.push({ what, why: 'its key is missing or used twice' })
      continue
    }
    if (!nodeKeys.has(junction.conclusion)) {
      skipped.push({ what, why: 'it has no conclusion on the map' })
      continue
    }
    const premises = [...new Set(junction.premises)].filter((key) => nodeKeys.has(key) && key !== junction.conclusion)
    if (premises.length === 0) {
      skipped.push({ what, why: 'it has no premise on the map (a statement cannot be a premise of itself)' })
      continue
    }
    const scheme = typeof junction.scheme === 'string' && junction.scheme.trim() ? junction.scheme.slice(0, maxSchemeLength) : null
    const position = finitePoint(junction.position)
    junctionKeys.add(junction.key)
    junctions.push({ key: junction.key, conclusion: junction.conclusion, premises, scheme, ...(position ? { position } : {}), ...origin(junction), ...(junction.pinned === true ? { pinned: true } : {}) })
  }

  const links: ImportLink[] = []
  const directions = new Set<string>()
  for (const junction of junctions) for (const premise of junction.premises) directions.add(`${premise}\u0000${junction.key}`)
  for (const link of input.links.slice(0, maxImportRecords)) {
    const what = `${describe(link.kind)} link from ${describe(link.source)} to ${describe(link.target)}`
    const toJunction = link.kind === 'undercuts'
    if (!['supports', 'attacks', 'rephrases', 'undercuts'].includes(link.kind)) {
      skipped.push({ what, why: 'unknown link kind' })
      continue
    }
    if (!nodeKeys.has(link.source) || !(toJunction ? junctionKeys.has(link.target) : nodeKeys.has(link.target))) {
      skipped.push({ what, why: toJunction ? 'its source or the inference it undercuts is not on the map' : 'one of its ends is not on the map' })
      continue
    }
    if (link.source === link.target) {
      skipped.push({ what, why: 'a statement cannot be linked to itself' })
      continue
    }
    const direction = `${link.source}\u0000${link.target}`
    if (directions.has(direction)) {
      skipped.push({ what, why: 'the two already have a link in this direction' })
      continue
    }
    directions.add(direction)
    links.push({ source: link.source, target: link.target, kind: link.kind, ...origin(link) })
  }
  const comments: ImportComment[] = []
  const commentKeys = new Set<string>()
  const roots = new Map<string, ImportComment>()
  for (const comment of (Array.isArray(input.comments) ? input.comments : []).slice(0, maxImportRecords)) {
    const what = `comment ${describe(comment.key)}`
    if (typeof comment.key !== 'string' || commentKeys.has(comment.key) || !nodeKeys.has(comment.on)) {
      skipped.push({ what, why: 'its key is used twice or its node is not on the map' })
      continue
    }
    const root = comment.parent === null ? null : roots.get(comment.parent)
    const text = typeof comment.text === 'string' ? comment.text.trim().slice(0, maxCommentLength) : ''
    if (root === undefined || !text) {
      skipped.push({ what, why: text ? 'the comment it replies to is not here' : 'it has no text' })
      continue
    }
    commentKeys.add(comment.key)
    const written: ImportComment = { key: comment.key, on: root ? root.on : comment.on, onAnchor: root ? root.onAnchor === true : comment.onAnchor === true, parent: root ? root.key : null, text, resolved: comment.resolved === true, ...origin(comment) }
    comments.push(written)
    if (written.parent === null) roots.set(written.key, written)
  }
  return { nodes, junctions, links, comments, skipped }
}

/** The author and time a lossless file kept, when they are valid. */
function origin(record: ImportOrigin): ImportOrigin {
  const author = authorSchema.safeParse(record.author)
  const createdAt = typeof record.createdAt === 'number' && Number.isInteger(record.createdAt) && record.createdAt >= 0 ? record.createdAt : undefined
  return { ...(author.success ? { author: author.data } : {}), ...(createdAt !== undefined ? { createdAt } : {}) }
}

function finitePoint(point: unknown): { x: number; y: number } | null {
  if (typeof point !== 'object' || point === null) return null
  const { x, y } = point as { x?: unknown; y?: unknown }
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null
}

/** A key as it appears in a message: quoted, short. */
export function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
  return `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`
}
