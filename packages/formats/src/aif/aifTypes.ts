/** The AIF JSON shapes Warrant writes (AIFdb / OVA3), and its own extra key for round trips. */
export interface AifNode {
  nodeID: string
  text: string
  type: 'I' | 'RA' | 'CA' | 'MA'
  timestamp: string
  scheme?: string
}

export interface AifEdge {
  edgeID: string
  fromID: string
  toID: string
  formEdgeID: null
}

export interface AifDocument {
  nodes: AifNode[]
  edges: AifEdge[]
  locutions: []
  participants: []
  schemefulfillments: []
}

export interface OvaLayout {
  firstname: string
  surname: string
  url: string
  nodes: { nodeID: string; visible: true; x: number; y: number; timestamp: string }[]
  edges: { fromID: string; toID: string; visible: true }[]
}

/** What AIF cannot say and a Warrant round trip needs, keyed by AIF nodeID. */
export interface WarrantAifExtra {
  version: 1
  /** Kinds of I-nodes that are not plain claims. */
  kinds: Record<string, 'claim' | 'evidence' | 'counterclaim'>
  /** RA nodes that stand for a plain supports link rather than an inference (junction). */
  supportLinks: string[]
  /** Anchors' W3C selectors by I-node id. */
  anchors: Record<string, { quote: { exact: string; prefix: string; suffix: string }; position: { start: number; end: number } }>
}

/** S-node texts AIFdb and OVA write when no scheme is named. */
export const defaultSchemeTexts: Record<'RA' | 'CA' | 'MA', string> = { RA: 'Default Inference', CA: 'Default Conflict', MA: 'Default Rephrase' }
