/**
 * A map reduced to what a layered layout needs. Edges point down: from the statement above
 * (a conclusion, or what is attacked) to the one below (its reason, or its attacker).
 */
export interface LayoutGraph {
  readonly vertices: readonly LayoutVertex[]
  readonly edges: readonly LayoutEdge[]
}

export interface LayoutVertex {
  readonly id: string
  readonly width: number
  readonly height: number
  /** Current top-left corner; pinned vertices keep it. */
  readonly x: number
  readonly y: number
  readonly pinned: boolean
  /**
   * Where the last tidy left it and the vertices directly above it then (`tidiedPlaces`): still
   * there, under the same ones, means the next tidy keeps it.
   */
  readonly tidied?: { readonly x: number; readonly y: number; readonly above: readonly string[] }
}

export interface LayoutEdge {
  readonly from: string
  readonly to: string
  /** Attacks and rephrasings sit beside what they answer rather than below it. */
  readonly beside: boolean
}

export type LayoutPositions = Map<string, { x: number; y: number }>
