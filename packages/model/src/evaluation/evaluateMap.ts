import type { MapSnapshot } from '../MapSnapshot'
import type { Labelling } from './Label'
import { groundedLabelling } from './groundedLabelling'

/**
 * Which statements and inferences still stand: the grounded labelling of the map, where every
 * statement and every junction is an argument, `attacks` links attack statements and
 * `undercuts` links attack inferences. Supports and premises do not attack, so they do not
 * change labels.
 */
export function evaluateMap(snapshot: MapSnapshot): Map<string, Labelling> {
  const args = [...snapshot.nodeList.map((node) => node.id), ...snapshot.junctionList.map((junction) => junction.id)]
  const attacks: [string, string][] = []
  for (const link of snapshot.linkList) if (link.kind === 'attacks' || link.kind === 'undercuts') attacks.push([link.source, link.target])
  const givens = new Map<string, 'accepted' | 'rejected'>()
  for (const node of snapshot.nodeList) if (node.given) givens.set(node.id, node.given)
  return groundedLabelling({ arguments: args, attacks, givens })
}
