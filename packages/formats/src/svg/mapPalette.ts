import type { LinkKind, NodeKind } from '@warrant/model'

/**
 * The app's palette (apps/web/src/app/kindColors.ts), repeated here because packages never
 * import apps; apps/web/src/export/mapPalette.test.ts keeps the two equal.
 */
export const nodePalette: Record<NodeKind, { background: string; border: string; text: string; label: string }> = {
  claim: { background: '#eff6ff', border: '#2563eb', text: '#1e40af', label: 'Claim' },
  evidence: { background: '#f0fdf4', border: '#16a34a', text: '#166534', label: 'Evidence' },
  counterclaim: { background: '#fff7ed', border: '#ea580c', text: '#9a3412', label: 'Counterclaim' },
}

/**
 * Supports and attacks as on screen. The map does not draw junction links yet; until it does,
 * undercuts look like attacks, premises like supports without a head, rephrases violet.
 */
export const linkPalette: Record<LinkKind, { color: string; label: string; marker: 'arrow' | 'bar' | 'none' }> = {
  supports: { color: '#475569', label: 'Supports', marker: 'arrow' },
  attacks: { color: '#dc2626', label: 'Attacks', marker: 'bar' },
  undercuts: { color: '#dc2626', label: 'Undercuts', marker: 'bar' },
  rephrases: { color: '#7c3aed', label: 'Rephrases', marker: 'arrow' },
  premise: { color: '#475569', label: 'Premise', marker: 'none' },
}

/** Link kinds the legend lists: always the two of the sample map, the others when the map has them. */
export const alwaysInLegend: readonly LinkKind[] = ['supports', 'attacks']

export const inkColors = {
  text: '#0f172a',
  author: '#64748b',
  orphanText: '#b45309',
  orphanFill: '#fffbeb',
  orphanBorder: '#fcd34d',
  paper: '#ffffff',
}
