import type { MapSnapshot } from '../MapSnapshot'

export const nodeSlot = { width: 280, height: 150 }
const columns = 3

/**
 * The first free slot in a grid of node-sized cells, read row by row: new nodes never stack up.
 * A node dragged off the grid takes every cell its box overlaps, so nothing is placed under it.
 */
export function placeNewNode(snapshot: MapSnapshot): { x: number; y: number } {
  const taken = new Set<string>()
  for (const node of snapshot.nodes.values()) {
    const x = node.position.x / nodeSlot.width
    const y = node.position.y / nodeSlot.height
    for (const column of new Set([Math.floor(x), Math.ceil(x)])) {
      for (const row of new Set([Math.floor(y), Math.ceil(y)])) taken.add(`${column}:${row}`)
    }
  }
  for (let cell = 0; ; cell++) {
    const column = cell % columns
    const row = Math.floor(cell / columns)
    if (!taken.has(`${column}:${row}`)) return { x: column * nodeSlot.width, y: row * nodeSlot.height }
  }
}
