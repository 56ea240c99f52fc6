import type { MapSnapshot } from '../MapSnapshot'

export const nodeSlot = { width: 280, height: 150 }
const columns = 3

/** The first free slot in a grid of node-sized cells, read row by row: new nodes never stack up. */
export function placeNewNode(snapshot: MapSnapshot): { x: number; y: number } {
  const taken = new Set<string>()
  for (const node of snapshot.nodes.values()) {
    const column = Math.round(node.position.x / nodeSlot.width)
    const row = Math.round(node.position.y / nodeSlot.height)
    taken.add(`${column}:${row}`)
  }
  for (let cell = 0; ; cell++) {
    const column = cell % columns
    const row = Math.floor(cell / columns)
    if (!taken.has(`${column}:${row}`)) return { x: column * nodeSlot.width, y: row * nodeSlot.height }
  }
}
