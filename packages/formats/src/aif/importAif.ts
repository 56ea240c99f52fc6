import type { ImportJunction, ImportLink, ImportNode, MapImport, NodeKind, SkippedItem } from '@warrant/model'
import { nodeKinds } from '@warrant/model'
import { FormatError } from '../FormatError'
import { htmlToText } from '../htmlText'
import { parseJsonFile } from '../parseJsonFile'
import { defaultSchemeTexts } from './aifTypes'

interface RawNode {
  id: string
  type: string
  text: string
  scheme: string | null
}

const dialogueTypes: Record<string, string> = {
  L: 'locutions (what someone said) belong to the dialogue, not the argument map',
  YA: 'illocutionary connections (YA) belong to the dialogue, not the argument map',
  TA: 'transitions between locutions (TA) belong to the dialogue, not the argument map',
  PA: 'preferences (PA) have no counterpart on a Warrant map',
}

/**
 * Reads AIF JSON in every variant found in the wild: AIFdb's `{nodes, edges, locutions}`,
 * wrapped `{"AIF": {...}}`, OVA3 saves `{AIF, OVA, text}` (layout and reading kept), ids as
 * strings or numbers, numbers as strings. I-nodes become statements; an RA becomes a junction
 * from its premises to the I-node it points to; a CA an attack (an undercut when it targets an
 * RA); an MA a rephrase. Dialogue nodes and anything else are counted in `skipped`. Throws only
 * FormatError, for a file that is not AIF at all.
 */
export function importAif(input: string | Uint8Array): MapImport {
  const root = parseJsonFile(input, 'aif')
  if (!isObject(root)) throw new FormatError('aif', 'AIF: the file must hold a JSON object with "nodes" and "edges".', { field: '(root)' })
  const aif = isObject(root.AIF) ? root.AIF : root
  const prefix = aif === root ? '' : 'AIF.'
  if (!Array.isArray(aif.nodes)) throw new FormatError('aif', `AIF: "${prefix}nodes" must be a list of nodes.`, { field: `${prefix}nodes` })
  if (aif.edges !== undefined && !Array.isArray(aif.edges)) throw new FormatError('aif', `AIF: "${prefix}edges" must be a list of edges.`, { field: `${prefix}edges` })
  const skipped: SkippedItem[] = []
  const skippedTypes = new Map<string, number>()

  const nodes = new Map<string, RawNode>()
  aif.nodes.forEach((value: unknown, at: number) => {
    const field = `${prefix}nodes[${at}]`
    if (!isObject(value)) return skipped.push({ what: field, why: 'not an object' })
    const id = idOf(value.nodeID)
    if (id === null) return skipped.push({ what: field, why: 'nodeID is missing or not a string or number' })
    if (nodes.has(id)) return skipped.push({ what: `${field} (nodeID ${id})`, why: 'the nodeID is used twice' })
    const type = typeof value.type === 'string' ? value.type.trim().toUpperCase() : ''
    const text = typeof value.text === 'string' ? value.text : typeof value.text === 'number' ? String(value.text) : ''
    const scheme = typeof value.scheme === 'string' ? value.scheme : null
    nodes.set(id, { id, type, text, scheme })
  })

  const outgoing = new Map<string, string[]>()
  const incoming = new Map<string, string[]>()
  let edgesToUnknown = 0
  ;((aif.edges as unknown[] | undefined) ?? []).forEach((value, at) => {
    const field = `${prefix}edges[${at}]`
    if (!isObject(value)) return skipped.push({ what: field, why: 'not an object' })
    const from = idOf(value.fromID)
    const to = idOf(value.toID)
    if (from === null || to === null) return skipped.push({ what: field, why: 'fromID or toID is missing or not a string or number' })
    if (!nodes.has(from) || !nodes.has(to)) return void edgesToUnknown++
    append(outgoing, from, to)
    append(incoming, to, from)
  })
  if (edgesToUnknown > 0) skipped.push({ what: `${edgesToUnknown} edge${edgesToUnknown === 1 ? '' : 's'}`, why: 'they lead from or to a nodeID the file does not have' })

  const extra = readExtra(root.warrant)
  const layout = readLayout(root.OVA)
  const typeOf = (id: string) => nodes.get(id)!.type
  const importNodes: ImportNode[] = []
  const junctions: ImportJunction[] = []
  const links: ImportLink[] = []
  const nodeKey = (id: string) => `i${id}`
  const junctionKey = (id: string) => `ra${id}`
  const from = (id: string, type: string) => (incoming.get(id) ?? []).filter((other) => typeOf(other) === type)
  const to = (id: string, type: string) => (outgoing.get(id) ?? []).filter((other) => typeOf(other) === type)
  const plainSupports = new Set<string>()

  for (const node of nodes.values()) {
    if (node.type === 'I') {
      const position = layout.get(node.id)
      const anchor = extra.anchors[node.id]
      importNodes.push({ key: nodeKey(node.id), kind: extra.kinds[node.id] ?? 'claim', text: node.text, ...(position ? { position } : {}), ...(anchor ? { quote: anchor } : {}) })
    }
  }
  for (const node of nodes.values()) {
    const what = `${node.type || 'untyped'} node ${node.id}`
    if (node.type === 'RA') {
      const premises = from(node.id, 'I')
      const conclusions = to(node.id, 'I')
      if (conclusions.length === 0) skipped.push({ what, why: 'the inference has no conclusion (no edge to an I-node)' })
      else if (premises.length === 0) skipped.push({ what, why: 'the inference has no premise (no edge from an I-node)' })
      else {
        if (conclusions.length > 1) skipped.push({ what, why: `the inference points to ${conclusions.length} conclusions; only the first (${conclusions[0]}) was kept` })
        const conclusion = conclusions[0]!
        if (extra.supportLinks.has(node.id) && premises.length === 1) {
          links.push({ source: nodeKey(premises[0]!), target: nodeKey(conclusion), kind: 'supports' })
          plainSupports.add(node.id)
        } else {
          const scheme = node.scheme ?? (node.text && node.text !== defaultSchemeTexts.RA ? node.text : null)
          const position = layout.get(node.id)
          junctions.push({ key: junctionKey(node.id), conclusion: nodeKey(conclusion), premises: premises.map(nodeKey), scheme, ...(position ? { position } : {}) })
        }
      }
      const chained = (outgoing.get(node.id) ?? []).filter((other) => typeOf(other) !== 'I').length
      if (chained > 0) skipped.push({ what, why: `${chained} edge${chained === 1 ? '' : 's'} from the inference to another S-node (only edges to I-nodes are conclusions)` })
    } else if (node.type === 'CA' || node.type === 'MA') {
      const sources = from(node.id, 'I')
      const targets = (outgoing.get(node.id) ?? []).filter((other) => typeOf(other) === 'I' || (node.type === 'CA' && typeOf(other) === 'RA'))
      if (sources.length === 0 || targets.length === 0) {
        skipped.push({ what, why: node.type === 'CA' ? 'the conflict lacks an attacking I-node or a target (an I-node or an RA)' : 'the rephrase lacks an I-node on one side' })
        continue
      }
      for (const source of sources) {
        for (const target of targets) {
          if (typeOf(target) === 'RA') links.push({ source: nodeKey(source), target: junctionKey(target), kind: 'undercuts' })
          else links.push({ source: nodeKey(source), target: nodeKey(target), kind: node.type === 'CA' ? 'attacks' : 'rephrases' })
        }
      }
    } else if (node.type !== 'I') {
      skippedTypes.set(node.type, (skippedTypes.get(node.type) ?? 0) + 1)
    }
  }
  // An undercut of an RA that came back as a plain supports link has nothing to undercut.
  for (const link of links) if (link.kind === 'undercuts' && plainSupports.has(link.target.slice(2))) skipped.push({ what: `undercut of RA ${link.target.slice(2)}`, why: 'it targets a plain support' })
  for (const [type, count] of skippedTypes) {
    skipped.push({ what: `${count} ${type || 'untyped'} node${count === 1 ? '' : 's'}`, why: dialogueTypes[type] ?? 'this node type has no counterpart on a Warrant map' })
  }
  const text = readText(root.text)
  return { nodes: importNodes, junctions, links, skipped, ...(text ? { text } : {}) }
}

function append(lists: Map<string, string[]>, key: string, value: string): void {
  const list = lists.get(key)
  if (list) list.push(value)
  else lists.set(key, [value])
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** AIF ids come as strings or integers ("12" and 12 are the same node). */
function idOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 200) return value.trim()
  return null
}

function numberOf(value: unknown): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof number === 'number' && Number.isFinite(number) ? number : null
}

function readLayout(ova: unknown): Map<string, { x: number; y: number }> {
  const layout = new Map<string, { x: number; y: number }>()
  const nodes = isObject(ova) && Array.isArray(ova.nodes) ? ova.nodes : []
  for (const value of nodes) {
    if (!isObject(value)) continue
    const id = idOf(value.nodeID)
    const x = numberOf(value.x)
    const y = numberOf(value.y)
    if (id !== null && x !== null && y !== null) layout.set(id, { x, y })
  }
  return layout
}

function readText(value: unknown): string | null {
  const raw = typeof value === 'string' ? value : isObject(value) && typeof value.txt === 'string' ? value.txt : null
  if (raw === null) return null
  const text = /<[a-z/!]/i.test(raw) || /&[a-z#]/i.test(raw) ? htmlToText(raw) : raw
  return text.trim() ? text : null
}

function readExtra(value: unknown): { kinds: Record<string, NodeKind>; supportLinks: Set<string>; anchors: Record<string, NonNullable<ImportNode['quote']>> } {
  const kinds: Record<string, NodeKind> = {}
  const anchors: Record<string, NonNullable<ImportNode['quote']>> = {}
  const supportLinks = new Set<string>()
  if (!isObject(value)) return { kinds, supportLinks, anchors }
  if (isObject(value.kinds)) for (const [id, kind] of Object.entries(value.kinds)) if (nodeKinds.includes(kind as NodeKind)) kinds[id] = kind as NodeKind
  if (Array.isArray(value.supportLinks)) for (const id of value.supportLinks) if (idOf(id) !== null) supportLinks.add(idOf(id)!)
  if (isObject(value.anchors)) {
    for (const [id, anchor] of Object.entries(value.anchors)) {
      if (!isObject(anchor) || !isObject(anchor.quote) || typeof anchor.quote.exact !== 'string') continue
      const quote = { exact: anchor.quote.exact, prefix: String(anchor.quote.prefix ?? ''), suffix: String(anchor.quote.suffix ?? '') }
      const start = isObject(anchor.position) ? numberOf(anchor.position.start) : null
      const end = isObject(anchor.position) ? numberOf(anchor.position.end) : null
      anchors[id] = { quote, ...(start !== null && end !== null ? { position: { start, end } } : {}) }
    }
  }
  return { kinds, supportLinks, anchors }
}
