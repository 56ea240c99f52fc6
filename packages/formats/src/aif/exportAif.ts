import type { MapData } from '../MapData'
import { textToHtml } from '../htmlText'
import { type AifDocument, type AifEdge, type AifNode, type OvaLayout, type WarrantAifExtra, defaultSchemeTexts } from './aifTypes'

export interface ExportAifOptions {
  /** 'ova3' (default): `{AIF, OVA, text}` as OVA3 saves it; 'aifdb': the AIF keys at the top level. */
  variant?: 'ova3' | 'aifdb'
}

/**
 * Writes the map as AIF JSON: statements as I-nodes, every relation through an S-node (never an
 * I→I edge): a junction is an RA from its premises to its conclusion, a plain supports link an
 * RA with one premise, attacks a CA, an undercut a CA into the RA, a rephrase an MA. Layout goes
 * in an OVA-style block; kinds, plain supports and anchors in the "warrant" key.
 */
export function exportAif(map: MapData, { variant = 'ova3' }: ExportAifOptions = {}): string {
  let next = 0
  const newId = () => String(++next)
  const nodes: AifNode[] = []
  const edges: AifEdge[] = []
  const layout: OvaLayout['nodes'] = []
  const extra: WarrantAifExtra = { version: 1, kinds: {}, supportLinks: [], anchors: {} }
  const idOf = new Map<string, string>()
  const timestamp = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19)
  const edge = (fromID: string, toID: string) => edges.push({ edgeID: newId(), fromID, toID, formEdgeID: null })

  for (const node of map.nodes) {
    const id = newId()
    idOf.set(node.id, id)
    nodes.push({ nodeID: id, text: node.text, type: 'I', timestamp: timestamp(node.createdAt) })
    layout.push({ nodeID: id, visible: true, x: node.position.x, y: node.position.y, timestamp: '' })
    if (node.kind !== 'claim') extra.kinds[id] = node.kind
    const anchor = map.anchors.get(node.id)
    if (anchor) extra.anchors[id] = { quote: { ...anchor.quote }, position: { ...anchor.position } }
  }
  const sNode = (type: 'RA' | 'CA' | 'MA', text: string | null, at: { x: number; y: number }, createdAt: number) => {
    const id = newId()
    nodes.push({ nodeID: id, text: text ?? defaultSchemeTexts[type], type, timestamp: timestamp(createdAt), ...(text ? { scheme: text } : {}) })
    layout.push({ nodeID: id, visible: true, x: at.x, y: at.y, timestamp: '' })
    return id
  }
  const positionOf = new Map<string, { x: number; y: number }>(map.nodes.map((node) => [node.id, node.position]))
  for (const junction of map.junctions) positionOf.set(junction.id, junction.position)
  const midpoint = (a: string, b: string) => {
    const pa = positionOf.get(a) ?? { x: 0, y: 0 }
    const pb = positionOf.get(b) ?? { x: 0, y: 0 }
    return { x: Math.round((pa.x + pb.x) / 2), y: Math.round((pa.y + pb.y) / 2) }
  }
  for (const junction of map.junctions) {
    const id = sNode('RA', junction.scheme, junction.position, junction.createdAt)
    idOf.set(junction.id, id)
    edge(id, idOf.get(junction.conclusion)!)
  }
  for (const link of map.links) {
    const source = idOf.get(link.source)
    const target = idOf.get(link.target)
    if (!source || !target) continue
    if (link.kind === 'premise') {
      edge(source, target)
      continue
    }
    const type = link.kind === 'supports' ? 'RA' : link.kind === 'rephrases' ? 'MA' : 'CA'
    const at = link.kind === 'undercuts' ? (positionOf.get(link.target) ?? { x: 0, y: 0 }) : midpoint(link.source, link.target)
    const id = sNode(type, null, at, link.createdAt)
    if (link.kind === 'supports') extra.supportLinks.push(id)
    edge(source, id)
    edge(id, target)
  }
  const aif: AifDocument = { nodes, edges, locutions: [], participants: [], schemefulfillments: [] }
  const ova: OvaLayout = { firstname: '', surname: '', url: '', nodes: layout, edges: edges.map(({ fromID, toID }) => ({ fromID, toID, visible: true })) }
  const document = variant === 'aifdb' ? { ...aif, OVA: ova, warrant: extra } : { AIF: aif, OVA: ova, text: { txt: textToHtml(map.text) }, warrant: extra }
  return `${JSON.stringify(document, null, 2)}\n`
}
