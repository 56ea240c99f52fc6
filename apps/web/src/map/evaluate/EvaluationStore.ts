import { type Label, type Labelling, type MapSnapshot, evaluateMap } from '@warrant/model'
import { RoomDerivedStore } from '../RoomDerivedStore'

export const labelNames: Record<Label, string> = { in: 'stands', out: 'falls', undec: 'open' }

/**
 * The Evaluate switch and the grounded labels of the map, computed once per snapshot while the
 * switch is on. Components read one primitive per node (`badgeOf`), so a change re-renders only
 * the nodes whose label or explanation changed.
 */
export class EvaluationStore extends RoomDerivedStore {
  private on = false

  isOn = (): boolean => this.on

  setOn(on: boolean): void {
    if (this.on === on) return
    this.on = on
    this.changed()
  }

  /** Off, there are no labels or badges to change. */
  protected override seesChange(): boolean {
    return this.on
  }

  readonly labels = this.memo((snapshot): ReadonlyMap<string, Labelling> => (this.on ? evaluateMap(snapshot) : new Map()))

  labelOf = (id: string): Label | undefined => this.labels().get(id)?.label

  /** `label` and its explanation, `"out|falls: attacked by ‹X›, which stands"`, or null when off. */
  badgeOf = (id: string): string | null => {
    if (!this.on) return null
    const labelling = this.labels().get(id)
    return labelling ? `${labelling.label}|${explain(labelling, this.room.getSnapshot())}` : null
  }
}

export function explain({ label, because, given }: Labelling, snapshot: MapSnapshot): string {
  if (given === 'accepted') return 'stands: accepted by hand'
  if (given === 'rejected') return 'falls: rejected by hand'
  const names = because.slice(0, 3).map((id) => `‹${nameOf(id, snapshot)}›`)
  const more = because.length > 3 ? ` and ${because.length - 3} more` : ''
  const list = names.join(', ') + more
  if (label === 'out') return `falls: attacked by ${list}, which ${because.length > 1 ? 'stand' : 'stands'}`
  if (label === 'undec') return `open: attacked by ${list}, which ${because.length > 1 ? 'are' : 'is'} open`
  return because.length === 0 ? 'stands: nothing attacks it' : 'stands: every attacker falls'
}

function nameOf(id: string, snapshot: MapSnapshot): string {
  const node = snapshot.nodes.get(id)
  if (node) return node.text.length > 48 ? `${node.text.slice(0, 47)}…` : node.text
  const junction = snapshot.junctions.get(id)
  if (junction) return junction.scheme ?? `the inference to ${nameOf(junction.conclusion, snapshot)}`
  return id
}
