import type { NodeKind } from '../records/ArgumentNode'
import type { TextPosition, TextQuote } from '../records/Anchor'
import type { LinkKind } from '../records/Link'

/**
 * A map read from a file, before it is written to a room: records named by the file's own
 * keys, which `applyMapImport` replaces with new ids.
 */
export interface MapImport {
  nodes: ImportNode[]
  junctions: ImportJunction[]
  links: ImportLink[]
  /** A reading the file carries (an OVA3 save's text, a snapshot's plain text). */
  text?: string
  /** What the reader had to leave out or change, with the reason. */
  skipped: SkippedItem[]
  /** Comments on nodes (by node key) or on their highlights; replies name their root's key. */
  comments?: ImportComment[]
  /** Notes that are not losses (e.g. "contrary relations became attacks"). */
  notes?: string[]
}

/** Who made a record and when, kept by lossless formats (the JSON snapshot); else the importer, now. */
export interface ImportOrigin {
  author?: { id: string; name: string }
  createdAt?: number
}

export interface ImportNode extends ImportOrigin {
  key: string
  kind: NodeKind
  text: string
  position?: { x: number; y: number }
  /** Kept by lossless formats: pinned for tidy, a person's accepted/rejected verdict. */
  pinned?: boolean
  given?: 'accepted' | 'rejected' | null
  /** The words the node quotes, to anchor it; `position` is a hint where they were. */
  quote?: { quote: TextQuote; position?: TextPosition } & ImportOrigin
}

export interface ImportJunction extends ImportOrigin {
  key: string
  conclusion: string
  premises: string[]
  scheme?: string | null
  position?: { x: number; y: number }
  pinned?: boolean
}

export interface ImportLink extends ImportOrigin {
  /** A node key. */
  source: string
  /** A node key, or a junction key for `undercuts` (premises are listed on the junction). */
  target: string
  kind: Exclude<LinkKind, 'premise'>
}

export interface ImportComment extends ImportOrigin {
  key: string
  /** A node key; with `onAnchor`, the highlight of that node. */
  on: string
  onAnchor?: boolean
  parent: string | null
  text: string
  resolved: boolean
}

export interface SkippedItem {
  what: string
  why: string
}

/** What an import did, for the person who asked (the HTTP 200 body). */
export interface ImportSummary {
  nodes: number
  junctions: number
  links: number
  comments: number
  anchored: number
  /** Nodes whose quote could not be placed unambiguously: imported without an anchor. */
  orphaned: number
  skipped: SkippedItem[]
  notes: string[]
}

export const emptyMapImport = (): MapImport => ({ nodes: [], junctions: [], links: [], skipped: [] })
