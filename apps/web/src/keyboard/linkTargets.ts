import { type LinkKind, type MapSnapshot, statementLinkKinds } from '@warrant/model'
import { kindLabels } from '../app/kindColors'

export interface LinkTarget {
  id: string
  type: 'node' | 'junction'
  /** What the option says: "Claim: …", or "Together: A + B → C". */
  text: string
}

/** Nodes and junctions a link from `sourceId` could end at, whose text holds every word typed. */
export function linkTargets(snapshot: MapSnapshot, sourceId: string, query: string): LinkTarget[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const all: LinkTarget[] = []
  for (const node of snapshot.nodeList) if (node.id !== sourceId) all.push({ id: node.id, type: 'node', text: `${kindLabels[node.kind]}: ${node.text}` })
  for (const junction of snapshot.junctionList) {
    if (junction.conclusion === sourceId) continue
    const premises = snapshot.linkList.filter((link) => link.kind === 'premise' && link.target === junction.id).map((link) => snapshot.nodes.get(link.source)?.text ?? '')
    all.push({ id: junction.id, type: 'junction', text: `Together: ${premises.join(' + ')} → ${snapshot.nodes.get(junction.conclusion)?.text ?? ''}` })
  }
  return all.filter((target) => words.every((word) => target.text.toLowerCase().includes(word)))
}

/** The kinds a link may have into a statement, and into a junction (an inference). */
export const kindsFor: Record<LinkTarget['type'], readonly LinkKind[]> = { node: statementLinkKinds, junction: ['undercuts', 'premise'] }

/** The kind asked for, or its counterpart where the target cannot take it (attacks ↔ undercuts). */
export function kindForTarget(kind: LinkKind, type: LinkTarget['type']): LinkKind {
  if (kindsFor[type].includes(kind)) return kind
  if (type === 'junction') return kind === 'attacks' ? 'undercuts' : 'premise'
  return kind === 'undercuts' ? 'attacks' : 'supports'
}

/** The key that picks each kind in the link dialog. */
export const kindKeys: Record<string, LinkKind> = { s: 'supports', a: 'attacks', r: 'rephrases', u: 'undercuts', p: 'premise' }
