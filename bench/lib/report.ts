/** One benchmark's part of BENCHMARKS.md: a table of our figure next to the peer's, plus notes. */
export interface Row {
  measure: string
  ours: string
  peer: string
  ratio: string
  goal: string
}

export interface Section {
  title: string
  /** What is measured and what the peer is, one paragraph. */
  what: string
  peerName: string
  rows: Row[]
  notes: string[]
}

export function sectionMarkdown(section: Section): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|')
  const lines = [
    `## ${section.title}`,
    '',
    section.what,
    '',
    `| measure | Warrant | ${escape(section.peerName)} | ratio | goal |`,
    '|---|---|---|---|---|',
    ...section.rows.map((row) => `| ${[row.measure, row.ours, row.peer, row.ratio, row.goal].map(escape).join(' | ')} |`),
  ]
  if (section.notes.length > 0) lines.push('', ...section.notes.map((note) => `- ${note}`))
  return lines.join('\n') + '\n'
}

export function printSection(section: Section): void {
  console.log('\n' + sectionMarkdown(section))
}

/** A section for a benchmark that could not run, so the report says so instead of going quiet. */
export function failedSection(title: string, error: unknown): Section {
  const message = error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : String(error)
  return { title, what: `**Not measured in this run**: ${message}`, peerName: 'peer', rows: [], notes: [] }
}
