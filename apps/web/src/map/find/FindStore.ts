import type { Label, MapSnapshot, NodeKind, Room } from '@warrant/model'
import type { EvaluationStore } from '../evaluate/EvaluationStore'
import { RoomDerivedStore } from '../RoomDerivedStore'

export interface FindState {
  readonly open: boolean
  readonly query: string
  readonly kind: NodeKind | 'all'
  readonly label: Label | 'all'
}

/** How one node shows in a search: the current result, another result, dimmed, or as usual. */
export type FindMark = 'current' | 'match' | 'dim' | null

interface Results {
  readonly active: boolean
  readonly matches: readonly string[]
  readonly matched: ReadonlySet<string>
}

/** The map's search box and filters: which nodes match, and which result is current. */
export class FindStore extends RoomDerivedStore {
  private state: FindState = { open: false, query: '', kind: 'all', label: 'all' }
  private currentIndex = 0
  /** Whether the current result has been shown (centred) since the results last changed. */
  private shown = false

  constructor(
    room: Room,
    private readonly evaluation: EvaluationStore,
  ) {
    super(room)
  }

  getState = (): FindState => this.state

  set(patch: Partial<FindState>): void {
    this.state = { ...this.state, ...patch }
    this.currentIndex = 0
    this.shown = false
    this.changed()
  }

  close(): void {
    this.set({ open: false, query: '', kind: 'all', label: 'all' })
  }

  readonly results = this.memo((snapshot): Results => this.compute(snapshot))

  /** Closed, the search marks nothing and shows no counts. */
  protected override seesChange(): boolean {
    return this.state.open
  }

  /** The current result's id, after stepping `by` results (1 next, -1 previous, 0 stay). */
  step(by: number): string | null {
    const { matches } = this.results()
    if (matches.length === 0) return null
    this.currentIndex = (((this.currentIndex + by) % matches.length) + matches.length) % matches.length
    this.notify()
    return matches[this.currentIndex] ?? null
  }

  /** Enter / Shift+Enter: the first Enter shows the first result, the next ones step on. */
  advance(backwards: boolean): string | null {
    const by = backwards ? -1 : this.shown ? 1 : 0
    this.shown = true
    return this.step(by)
  }

  current = (): { index: number; count: number } => {
    const { matches } = this.results()
    return { index: Math.min(this.currentIndex, Math.max(0, matches.length - 1)), count: matches.length }
  }

  markOf = (id: string): FindMark => {
    const results = this.results()
    if (!results.active) return null
    if (!results.matched.has(id)) return 'dim'
    return results.matches[Math.min(this.currentIndex, results.matches.length - 1)] === id ? 'current' : 'match'
  }

  private compute(snapshot: MapSnapshot): Results {
    const { open, query, kind, label } = this.state
    const needle = query.trim().toLocaleLowerCase()
    const active = open && (needle !== '' || kind !== 'all' || (label !== 'all' && this.evaluation.isOn()))
    if (!active) return { active, matches: [], matched: new Set() }
    const matches: string[] = []
    for (const node of snapshot.nodeList) {
      if (needle && !node.text.toLocaleLowerCase().includes(needle)) continue
      if (kind !== 'all' && node.kind !== kind) continue
      if (label !== 'all' && this.evaluation.isOn() && this.evaluation.labelOf(node.id) !== label) continue
      matches.push(node.id)
    }
    return { active, matches, matched: new Set(matches) }
  }
}
