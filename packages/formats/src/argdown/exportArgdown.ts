import type { MapData } from '../MapData'
import { groupBy } from '../groupBy'
import { argdownData, escapeArgdownText, uniqueTitle } from './argdownText'

/**
 * Writes the map as Argdown that `@argdown/core` parses back to the same statements, arguments
 * and relations: every node a statement `[Title]: text` (kind, position and rephrases in its
 * data), supports and attacks as relations below their source (`+>`, `->`), every junction an
 * argument whose premise–conclusion structure has its premises and conclusion, its scheme and
 * position in the inference's data, undercuts as `<_` below the conclusion.
 * Line breaks inside a node's text become spaces: Argdown statements are one line.
 */
export function exportArgdown(map: MapData): string {
  const taken = new Set<string>()
  const titleOf = new Map<string, string>()
  for (const node of map.nodes) titleOf.set(node.id, uniqueTitle(node.text, 'Statement', taken))
  const from = groupBy(map.links, (link) => link.source)
  const into = groupBy(map.links, (link) => link.target)
  const lines: string[] = []
  if (map.title.trim()) lines.push('===', `title: ${JSON.stringify(map.title.replace(/\s+/g, ' ').trim())}`, '===', '')
  for (const node of map.nodes) {
    const rephrases = (from.get(node.id) ?? []).filter((link) => link.kind === 'rephrases').map((link) => titleOf.get(link.target)!)
    const data = { warrant: { kind: node.kind, x: node.position.x, y: node.position.y, ...(rephrases.length > 0 ? { rephrases } : {}) } }
    lines.push(`[${titleOf.get(node.id)}]: ${escapeArgdownText(node.text) || '(empty)'} ${argdownData(data)}`)
    for (const link of from.get(node.id) ?? []) {
      if (link.kind === 'supports') lines.push(`  +> [${titleOf.get(link.target)}]`)
      else if (link.kind === 'attacks') lines.push(`  -> [${titleOf.get(link.target)}]`)
    }
    lines.push('')
  }
  const argumentTitles = new Set<string>()
  for (const junction of map.junctions) {
    const premises = (into.get(junction.id) ?? []).filter((link) => link.kind === 'premise')
    const conclusion = titleOf.get(junction.conclusion)
    if (premises.length === 0 || !conclusion) continue
    const title = uniqueTitle(`Argument for ${conclusion}`, 'Argument', argumentTitles)
    lines.push(`<${title}>`, '')
    premises.forEach((link, at) => lines.push(`(${at + 1}) [${titleOf.get(link.source)}]`))
    lines.push(`-- ${argdownData({ warrant: { x: junction.position.x, y: junction.position.y }, ...(junction.scheme ? { scheme: junction.scheme } : {}) })} --`)
    lines.push(`(${premises.length + 1}) [${conclusion}]`)
    for (const link of into.get(junction.id) ?? []) if (link.kind === 'undercuts') lines.push(`  <_ [${titleOf.get(link.source)}]`)
    lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}
