import type { Anchor } from './records/Anchor'
import type { ArgumentNode } from './records/ArgumentNode'
import type { Link } from './records/Link'

/**
 * The map as the views see it: only valid records, links whose two nodes exist (one per
 * direction), anchors whose node exists. Unchanged records keep their object identity from one snapshot to the next.
 */
export interface MapSnapshot {
  readonly version: number
  readonly nodes: ReadonlyMap<string, ArgumentNode>
  readonly links: ReadonlyMap<string, Link>
  readonly anchors: ReadonlyMap<string, Anchor>
  readonly anchorOfNode: ReadonlyMap<string, Anchor>
  /** Nodes in a stable order on every peer (creation time, then id). */
  readonly nodeList: readonly ArgumentNode[]
  readonly linkList: readonly Link[]
  /** Records left out because they did not validate. */
  readonly invalidRecords: number
}
