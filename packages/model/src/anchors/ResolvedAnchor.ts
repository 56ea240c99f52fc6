/**
 * Where an anchor stands in the current text. `exact`: its relative positions still cover its
 * quote. `recovered`: they did not, and the quote was found again near its old place.
 * `orphaned`: its words are gone or ambiguous; the node keeps its quote and says so.
 */
export type ResolvedAnchor =
  | { readonly anchorId: string; readonly nodeId: string; readonly status: 'exact' | 'recovered'; readonly start: number; readonly end: number }
  | { readonly anchorId: string; readonly nodeId: string; readonly status: 'orphaned' }
