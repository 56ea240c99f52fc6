import type { NodeKind } from '../records/ArgumentNode'
import type { LinkKind } from '../records/Link'

export interface SampleNode {
  key: string
  kind: NodeKind
  /** Words of the sample reading the node quotes (their first occurrence). */
  quote: string
  position: { x: number; y: number }
}

/** A small worked map of the sample reading (Russia's response to the 2013 US missile-defence plans). */
export const sampleNodes: readonly SampleNode[] = [
  { key: 'window', kind: 'claim', quote: 'it also throws open a window of opportunity for the US and Russia to restart the "reset" to their relations', position: { x: 220, y: 0 } },
  { key: 'distrust', kind: 'claim', quote: "Russia's response points to Moscow's continued distrust of Washington", position: { x: 820, y: 0 } },
  { key: 'breakthrough', kind: 'claim', quote: "Hagel's announcement, analysts suggest, could lead to a breakthrough in relations", position: { x: 0, y: 240 } },
  { key: 'concession', kind: 'counterclaim', quote: 'This is not a concession to Russia and we do not see it as such', position: { x: 540, y: 240 } },
  { key: 'meeting', kind: 'evidence', quote: 'Moscow and Washington have announced a meeting to discuss the new missile deployment plans in Moscow in late May this year', position: { x: -180, y: 500 } },
  { key: 'fiscal', kind: 'counterclaim', quote: "Russian analysts clearly fear that Washington's decision has been motivated by its fiscal situation and might be reversed once the economic situation in the US turns around", position: { x: 180, y: 500 } },
  { key: 'dismiss', kind: 'evidence', quote: 'American officials have been quick to dismiss suggestion that the change in missile defence plans has anything to do with Russia', position: { x: 620, y: 500 } },
  { key: 'interceptors', kind: 'evidence', quote: 'US plans to deploy land-based and ship-borne mobile interceptors in Europe are also still on course', position: { x: 180, y: 780 } },
]

export const sampleLinks: readonly { source: string; target: string; kind: LinkKind }[] = [
  { source: 'breakthrough', target: 'window', kind: 'supports' },
  { source: 'concession', target: 'window', kind: 'attacks' },
  { source: 'concession', target: 'distrust', kind: 'supports' },
  { source: 'meeting', target: 'breakthrough', kind: 'supports' },
  { source: 'fiscal', target: 'breakthrough', kind: 'attacks' },
  { source: 'dismiss', target: 'concession', kind: 'supports' },
  { source: 'interceptors', target: 'fiscal', kind: 'supports' },
]
