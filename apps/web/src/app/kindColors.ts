import type { LinkKind, NodeKind } from '@warrant/model'

export interface KindColors {
  /** Light fill for highlights and node bodies. */
  background: string
  /** Stronger fill for hover and lit states. */
  backgroundStrong: string
  /** Border, underline and accent. */
  border: string
  /** Text on the light fill (labels). */
  text: string
}

/** One palette for every view: claim blue, evidence green, counterclaim orange. */
export const kindColors: Record<NodeKind, KindColors> = {
  claim: { background: '#eff6ff', backgroundStrong: '#bfdbfe', border: '#2563eb', text: '#1e40af' },
  evidence: { background: '#f0fdf4', backgroundStrong: '#bbf7d0', border: '#16a34a', text: '#166534' },
  counterclaim: { background: '#fff7ed', backgroundStrong: '#fed7aa', border: '#ea580c', text: '#9a3412' },
}

export const kindLabels: Record<NodeKind, string> = {
  claim: 'Claim',
  evidence: 'Evidence',
  counterclaim: 'Counterclaim',
}

export const linkColors: Record<LinkKind, string> = {
  supports: '#475569',
  attacks: '#dc2626',
  undercuts: '#dc2626',
  rephrases: '#7c3aed',
  premise: '#475569',
}

export const linkLabels: Record<LinkKind, string> = {
  supports: 'Supports',
  attacks: 'Attacks',
  undercuts: 'Undercuts',
  rephrases: 'Rephrases',
  premise: 'Premise',
}

/** The palette as CSS custom properties (`--kind-bg`, `--kind-bg-strong`, `--kind-border`, `--kind-text`) for a kind. */
export function kindStyle(kind: NodeKind): Record<string, string> {
  const colors = kindColors[kind]
  return {
    '--kind-bg': colors.background,
    '--kind-bg-strong': colors.backgroundStrong,
    '--kind-border': colors.border,
    '--kind-text': colors.text,
  }
}
