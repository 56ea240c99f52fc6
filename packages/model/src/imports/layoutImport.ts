import type { MapSnapshot } from '../MapSnapshot'
import { nodeSlot } from '../commands/placeNewNode'
import type { CheckedImport } from './checkMapImport'

type Point = { x: number; y: number }

/**
 * Where each imported node and junction goes: the file's layout where it has one; otherwise
 * layers (conclusions on top, reasons below them). The whole import sits below the map that is
 * already there, so nothing lands on top of existing nodes.
 */
export function layoutImport(checked: CheckedImport, snapshot: MapSnapshot): { nodes: Map<string, Point>; junctions: Map<string, Point> } {
  const nodes = new Map<string, Point>()
  for (const node of checked.nodes) if (node.position) nodes.set(node.key, { ...node.position })
  const unplaced = checked.nodes.filter((node) => !node.position).map((node) => node.key)
  if (unplaced.length > 0) {
    const below = nodes.size > 0 ? Math.max(...[...nodes.values()].map((point) => point.y)) + nodeSlot.height * 1.5 : 0
    const layers = layerOf(checked, unplaced)
    const columns = new Map<number, number>()
    for (const key of unplaced) {
      const layer = layers.get(key) ?? 0
      const column = columns.get(layer) ?? 0
      columns.set(layer, column + 1)
      nodes.set(key, { x: column * nodeSlot.width, y: below + layer * nodeSlot.height * 1.4 })
    }
  }
  const junctions = new Map<string, Point>()
  for (const junction of checked.junctions) {
    const conclusion = nodes.get(junction.conclusion)!
    const premises = junction.premises.map((key) => nodes.get(key)!)
    const x = premises.reduce((sum, point) => sum + point.x, 0) / premises.length
    const y = premises.reduce((sum, point) => sum + point.y, 0) / premises.length
    junctions.set(junction.key, junction.position ? { ...junction.position } : { x: Math.round((x + conclusion.x) / 2), y: Math.round((y + conclusion.y) / 2) })
  }
  shiftBelowExisting(snapshot, [...nodes.values(), ...junctions.values()])
  return { nodes, junctions }
}

/** Layer of each node: 0 for conclusions, one more than what it supports or attacks. */
function layerOf(checked: CheckedImport, keys: readonly string[]): Map<string, number> {
  const reasons = new Map<string, string[]>()
  const add = (target: string, source: string) => {
    const list = reasons.get(target)
    if (list) list.push(source)
    else reasons.set(target, [source])
  }
  const hasTarget = new Set<string>()
  for (const link of checked.links) {
    if (link.kind === 'undercuts') continue
    add(link.target, link.source)
    hasTarget.add(link.source)
  }
  for (const junction of checked.junctions) {
    for (const premise of junction.premises) {
      add(junction.conclusion, premise)
      hasTarget.add(premise)
    }
  }
  const layers = new Map<string, number>()
  const visit = (roots: readonly string[]) => {
    let frontier = roots.filter((key) => !layers.has(key))
    for (const key of frontier) layers.set(key, 0)
    for (let layer = 1; frontier.length > 0; layer++) {
      const next: string[] = []
      for (const key of frontier) {
        for (const reason of reasons.get(key) ?? []) {
          if (layers.has(reason)) continue
          layers.set(reason, layer)
          next.push(reason)
        }
      }
      frontier = next
    }
  }
  visit(keys.filter((key) => !hasTarget.has(key)))
  // Nodes only on cycles have no conclusion above them: start them at the top.
  for (const key of keys) if (!layers.has(key)) visit([key])
  return layers
}

function shiftBelowExisting(snapshot: MapSnapshot, points: Point[]): void {
  if (snapshot.nodes.size === 0 || points.length === 0) return
  const existingBottom = Math.max(...[...snapshot.nodes.values()].map((node) => node.position.y))
  const importTop = Math.min(...points.map((point) => point.y))
  const shift = existingBottom + nodeSlot.height * 1.5 - importTop
  for (const point of points) point.y += shift
}
