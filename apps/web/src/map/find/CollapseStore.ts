import { type MapSnapshot, sameEntries } from '@warrant/model'
import { RoomDerivedStore } from '../RoomDerivedStore'

const none: ReadonlySet<string> = new Set()

/**
 * Collapsed reasons: a collapsed node hides everything below it (its reasons, objections and
 * arguments, and theirs), with a count of what it hides.
 */
export class CollapseStore extends RoomDerivedStore {
  private collapsed: ReadonlySet<string> = none

  toggle(id: string): void {
    const next = new Set(this.collapsed)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    this.collapsed = next
    this.changed()
  }

  private readonly children = this.memo((snapshot) => childrenOf(snapshot))

  /** What hangs below what follows the links and junctions alone: new or edited statements change no toggle. */
  protected override seesChange(before: MapSnapshot, after: MapSnapshot): boolean {
    return !sameEntries(before.links, after.links) || !sameEntries(before.junctions, after.junctions)
  }

  /** Per collapsed node, what it hides; and all hidden ids. */
  private readonly hiding = this.memo(() => {
    const children = this.children()
    const below = new Map<string, Set<string>>()
    const hidden = new Set<string>()
    for (const root of this.collapsed) {
      const seen = new Set<string>()
      const stack = [...(children.get(root) ?? [])]
      while (stack.length > 0) {
        const id = stack.pop()!
        if (id === root || seen.has(id)) continue
        seen.add(id)
        stack.push(...(children.get(id) ?? []))
      }
      below.set(root, seen)
      for (const id of seen) hidden.add(id)
    }
    return { below, hidden: hidden.size === 0 ? none : hidden }
  })

  hidden = (): ReadonlySet<string> => this.hiding().hidden

  /** null: nothing below the node; 0: expanded; N: collapsed, hiding N. */
  toggleOf = (id: string): number | null => {
    if (!this.children().has(id)) return null
    if (!this.collapsed.has(id)) return 0
    return this.hiding().below.get(id)?.size ?? 0
  }
}

/** What hangs below each node or junction: its reasons and attackers, its arguments, their premises. */
export function childrenOf(snapshot: MapSnapshot): Map<string, string[]> {
  const children = new Map<string, string[]>()
  const add = (parent: string, child: string) => {
    const list = children.get(parent)
    if (list) list.push(child)
    else children.set(parent, [child])
  }
  for (const junction of snapshot.junctionList) add(junction.conclusion, junction.id)
  for (const link of snapshot.linkList) if (link.kind !== 'rephrases') add(link.target, link.source)
  return children
}
