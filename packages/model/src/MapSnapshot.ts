import type { Anchor } from './records/Anchor'
import type { ArgumentNode } from './records/ArgumentNode'
import type { Junction } from './records/Junction'
import type { Link } from './records/Link'

/**
 * The map as the views see it, after the invariants (deriveMapSnapshot): only valid records;
 * statement links whose two nodes exist, one per direction; junctions whose conclusion exists
 * and that have at least one premise; premise and undercut links into such junctions; anchors
 * whose node exists. Unchanged records keep their object identity from one snapshot to the next.
 */
export interface MapSnapshot {
  readonly version: number
  readonly nodes: ReadonlyMap<string, ArgumentNode>
  readonly links: ReadonlyMap<string, Link>
  readonly junctions: ReadonlyMap<string, Junction>
  readonly anchors: ReadonlyMap<string, Anchor>
  readonly anchorOfNode: ReadonlyMap<string, Anchor>
  /** Nodes in a stable order on every peer (creation time, then id). */
  readonly nodeList: readonly ArgumentNode[]
  readonly linkList: readonly Link[]
  readonly junctionList: readonly Junction[]
  /** Records left out because they did not validate. */
  readonly invalidRecords: number
  /**
   * Changes when anything but positions changes: what depends on the argument's structure and
   * words (evaluation, search, outline) can skip the many snapshots a drag or a tidy makes.
   */
  readonly structureVersion: number
}

/** The valid records a snapshot is derived from. */
export interface MapRecords {
  readonly nodes: ReadonlyMap<string, ArgumentNode>
  readonly links: ReadonlyMap<string, Link>
  readonly junctions: ReadonlyMap<string, Junction>
  readonly anchors: ReadonlyMap<string, Anchor>
  readonly invalidRecords: number
  readonly structureVersion: number
}
