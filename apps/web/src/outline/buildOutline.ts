import type { ArgumentNode, Junction, LinkKind, MapSnapshot } from '@warrant/model'

/** One row of the outline: a statement, or a junction ("Together:") whose premises nest under it. */
export type OutlineRow = OutlineNodeRow | OutlineJunctionRow

interface RowBase {
  /** The path from the root, unique per row: the same node can appear twice (as a reference). */
  readonly key: string
  readonly depth: number
  /** The row above this one in the tree, null for a main conclusion. */
  readonly parentKey: string | null
  /** The node or junction this row hangs under. */
  readonly parentId: string | null
  /** How this row relates to its parent: supports, attacks, rephrases, premise, undercuts. */
  readonly relation: LinkKind | null
  readonly hasChildren: boolean
  readonly position: number
  readonly siblings: number
}

export interface OutlineNodeRow extends RowBase {
  readonly type: 'node'
  readonly id: string
  readonly node: ArgumentNode
  /** The node is shown in full elsewhere; here it only points to it. */
  readonly reference: boolean
}

export interface OutlineJunctionRow extends RowBase {
  readonly type: 'junction'
  readonly id: string
  readonly junction: Junction
}

/** Links that put their source below their target in the outline. */
const nesting: ReadonlySet<LinkKind> = new Set<LinkKind>(['supports', 'attacks', 'rephrases', 'premise', 'undercuts'])

interface Child {
  readonly type: 'node' | 'junction'
  readonly id: string
  readonly relation: LinkKind
  readonly createdAt: number
}

/**
 * The argument as a tree, flattened in reading order: main conclusions (statements that nest
 * under nothing) at the top, their reasons and objections below, a junction's premises under a
 * "Together:" row. A node reached a second time is a reference without children, so a DAG is
 * not copied and a cycle ends; statements only on cycles become roots of their own.
 * Rows under a key in `collapsed` are left out.
 */
export function buildOutline(snapshot: MapSnapshot, collapsed: ReadonlySet<string> = new Set()): OutlineRow[] {
  const childrenOf = new Map<string, Child[]>()
  const add = (parent: string, child: Child) => {
    const list = childrenOf.get(parent)
    if (list) list.push(child)
    else childrenOf.set(parent, [child])
  }
  const nested = new Set<string>()
  for (const link of snapshot.linkList) {
    if (!nesting.has(link.kind)) continue
    add(link.target, { type: 'node', id: link.source, relation: link.kind, createdAt: link.createdAt })
    nested.add(link.source)
  }
  for (const junction of snapshot.junctionList) add(junction.conclusion, { type: 'junction', id: junction.id, relation: 'supports', createdAt: junction.createdAt })
  for (const list of childrenOf.values()) list.sort((a, b) => a.createdAt - b.createdAt)

  const rows: OutlineRow[] = []
  const shown = new Set<string>()
  const visit = (child: Child, parent: { key: string | null; id: string | null }, depth: number, position: number, siblings: number, hidden: boolean) => {
    const key = parent.key === null ? child.id : `${parent.key}>${child.id}`
    const base = { key, depth, parentKey: parent.key, parentId: parent.id, relation: parent.id === null ? null : child.relation, position, siblings }
    let children: Child[] = []
    if (child.type === 'junction') {
      const junction = snapshot.junctions.get(child.id)
      if (!junction) return
      shown.add(child.id)
      children = childrenOf.get(child.id) ?? []
      if (!hidden) rows.push({ ...base, type: 'junction', id: child.id, junction, hasChildren: children.length > 0 })
    } else {
      const node = snapshot.nodes.get(child.id)
      if (!node) return
      const reference = shown.has(child.id)
      shown.add(child.id)
      if (!reference) children = childrenOf.get(child.id) ?? []
      if (!hidden) rows.push({ ...base, type: 'node', id: child.id, node, reference, hasChildren: children.length > 0 })
    }
    const hideBelow = hidden || collapsed.has(key)
    // Junctions a reference would repeat stay out: only the full occurrence carries them.
    const live = children.filter((next) => next.type === 'node' || !shown.has(next.id))
    live.forEach((next, index) => visit(next, { key, id: child.id }, depth + 1, index + 1, live.length, hideBelow))
  }

  const roots = snapshot.nodeList.filter((node) => !nested.has(node.id))
  roots.forEach((node, index) => visit({ type: 'node', id: node.id, relation: 'supports', createdAt: node.createdAt }, { key: null, id: null }, 1, index + 1, roots.length, false))
  // What only cycles reach has no root: the first of it in creation order becomes one.
  for (const node of snapshot.nodeList) {
    if (shown.has(node.id)) continue
    visit({ type: 'node', id: node.id, relation: 'supports', createdAt: node.createdAt }, { key: null, id: null }, 1, 1, 1, false)
  }
  return rows
}
