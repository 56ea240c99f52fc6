import type { ArgumentNode } from '@warrant/model'
import { groupBy } from '../groupBy'
import type { MapData } from '../MapData'

const kindLabels: Record<ArgumentNode['kind'], string> = { claim: 'Claim', evidence: 'Evidence', counterclaim: 'Counterclaim' }

export interface ExportOutlineOptions {
  /** Quoted passages as `> ` blocks (default) or in italics after the node's text. */
  quotes?: 'blocks' | 'italics'
}

/**
 * The argument as a Markdown handout: main conclusions at the top (statements that support or
 * attack nothing), and under each its reasons and objections, nested: "Supports:", "Attacks:",
 * "Argument (linked premises):" with its premises and "Undercut by:", "Rephrased by:". A
 * statement met again (a cycle, a shared reason) is named with "(see above)" instead of
 * repeated. Quotes from the reading follow their statement. All text is escaped: Markdown and
 * HTML in node texts stay text.
 */
export function exportOutline(map: MapData, { quotes = 'blocks' }: ExportOutlineOptions = {}): string {
  const nodes = new Map(map.nodes.map((node) => [node.id, node]))
  const into = groupBy(map.links, (link) => link.target)
  const concluding = groupBy(map.junctions, (junction) => junction.conclusion)
  const reasons = new Set(map.links.map((link) => link.source))
  const written = new Set<string>()
  const lines: string[] = []
  if (map.title.trim()) lines.push(`# ${escapeMarkdown(map.title)}`, '')

  const item = (depth: number, text: string) => lines.push(`${'  '.repeat(depth)}- ${text}`)
  const statement = (node: ArgumentNode, depth: number, label: string) => {
    const seen = written.has(node.id)
    const anchor = map.anchors.get(node.id)
    const quote = anchor && !seen ? anchor.quote.exact : null
    const quoteDiffers = quote !== null && quote.trim() !== node.text.trim()
    const italic = quotes === 'italics' && quote !== null ? ` — *“${escapeMarkdown(quote)}”*` : ''
    item(depth, `${label}**${kindLabels[node.kind]}:** ${escapeMarkdown(node.text) || '*(empty)*'}${seen ? ' *(see above)*' : quotes === 'italics' && quoteDiffers ? italic : ''}`)
    if (quotes === 'blocks' && quote !== null && quoteDiffers) lines.push(`${'  '.repeat(depth + 1)}> ${escapeMarkdown(quote)}`)
    if (seen) return
    written.add(node.id)
    for (const junction of concluding.get(node.id) ?? []) {
      item(depth + 1, `Argument${junction.scheme ? ` (${escapeMarkdown(junction.scheme)})` : ''}, premises together:`)
      for (const link of into.get(junction.id) ?? []) {
        const source = nodes.get(link.source)
        if (source) statement(source, depth + 2, link.kind === 'undercuts' ? 'Undercut by: ' : '')
      }
    }
    for (const kind of ['supports', 'attacks', 'rephrases'] as const) {
      for (const link of into.get(node.id) ?? []) {
        const source = nodes.get(link.source)
        if (link.kind === kind && source) statement(source, depth + 1, kind === 'supports' ? 'Supports: ' : kind === 'attacks' ? 'Attacks: ' : 'Rephrased by: ')
      }
    }
  }
  for (const node of map.nodes) if (!reasons.has(node.id)) statement(node, 0, '')
  // Statements only on cycles have no top: start from the first not yet written.
  for (const node of map.nodes) if (!written.has(node.id)) statement(node, 0, '')
  return `${lines.join('\n')}\n`
}

/** Markdown and HTML in a text, as literal text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]{}()#+!|~]/g, (character) => `\\${character}`)
}
