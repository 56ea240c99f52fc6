const columns = 25
const spacing = { x: 240, y: 130 }

/**
 * The benchmarks' large map: `nodeCount` positions on a 25-column grid, and the pairs (by index)
 * to link: along each row, and down each column for `verticalLinks` pairs in the middle rows
 * (≈ 1.2 links a node with verticalLinks = 0.24 × nodeCount). Written through the model for our
 * page (writeLargeRoom.ts), as plain React Flow data for the bare page (canvas.ts).
 */
export function gridMap(nodeCount: number, verticalLinks: number): { positions: { x: number; y: number }[]; pairs: [number, number][] } {
  const positions = Array.from({ length: nodeCount }, (_, index) => ({ x: (index % columns) * spacing.x, y: Math.floor(index / columns) * spacing.y }))
  const pairs: [number, number][] = []
  for (let index = 0; index < nodeCount; index++) if ((index + 1) % columns !== 0 && index + 1 < nodeCount) pairs.push([index, index + 1])
  const rows = Math.ceil(nodeCount / columns)
  const firstVertical = Math.max(0, Math.floor(rows / 2 - verticalLinks / columns / 2)) * columns
  for (let index = firstVertical; index < firstVertical + verticalLinks && index + columns < nodeCount; index++) pairs.push([index, index + columns])
  return { positions, pairs }
}
