import type { NodeKind } from '@warrant/model'

/** The kinds a highlight can become, in toolbar order, with the key that picks each. */
export const highlightKinds: readonly { kind: NodeKind; label: string; key: string }[] = [
  { kind: 'claim', label: 'Claim', key: '1' },
  { kind: 'evidence', label: 'Evidence', key: '2' },
  { kind: 'counterclaim', label: 'Counterclaim', key: '3' },
]
