import type { MapSnapshot } from '../MapSnapshot'

export const nodeSlot = { width: 280, height: 150 }
const columns = 3
/** Places near a view are tried on a lattice of half slots, so a narrow view still fits a node. */
const step = { x: nodeSlot.width / 2, y: nodeSlot.height / 2 }
/** How many lattice steps from a view's centre a free place is looked for, each way. */
const searchReach = 80

/** A rectangle of the map, in map coordinates: the part a person is looking at. */
export interface MapRegion {
  x: number
  y: number
  width: number
  height: number
}

type Point = { x: number; y: number }

/**
 * Where a new node goes. With `near` (the part of the map in view), the free place nearest its
 * centre, side by side before above and below: wholly inside the view when one is free there,
 * so the node appears where the person is looking, else the nearest outside it. Without it, the
 * first free slot of a three-column grid from the origin, read row by row. A place is free when
 * no node's slot-sized box overlaps it, so nothing is placed under a node dragged off the grid.
 */
export function placeNewNode(snapshot: MapSnapshot, near?: MapRegion): Point {
  const isFree = overlapTest(snapshot)
  const found = near && freePlaceNear(isFree, near)
  if (found) return found
  for (let cell = 0; ; cell++) {
    const place = { x: (cell % columns) * nodeSlot.width, y: Math.floor(cell / columns) * nodeSlot.height }
    if (isFree(place)) return place
  }
}

function freePlaceNear(isFree: (place: Point) => boolean, region: MapRegion): Point | null {
  if (![region.x, region.y, region.width, region.height].every(Number.isFinite)) return null
  // The top-left corner a node centred in the view would have, and its lattice coordinates.
  const ideal = { x: region.x + (region.width - nodeSlot.width) / 2, y: region.y + (region.height - nodeSlot.height) / 2 }
  const middle = { i: Math.round(ideal.x / step.x), j: Math.round(ideal.y / step.y) }
  const inside = (place: Point) => place.x >= region.x && place.y >= region.y && place.x + nodeSlot.width <= region.x + region.width && place.y + nodeSlot.height <= region.y + region.height
  // The lattice columns and rows a place in view can have, a step wider each way than exact.
  const columnsInView = { first: Math.floor(region.x / step.x), last: Math.ceil((region.x + region.width - nodeSlot.width) / step.x) }
  const rowsInView = { first: Math.floor(region.y / step.y), last: Math.ceil((region.y + region.height - nodeSlot.height) / step.y) }
  // Rows count double: slots above and below are nearer, and maps read top-down, so side by side
  // keeps a node clear of its neighbours' links.
  const distance = (place: Point) => (place.x - ideal.x) ** 2 + (2 * (place.y - ideal.y)) ** 2
  // Rings of the lattice around the middle, nearest first. A ring's places are at least this far
  // from the ideal corner (it is within half a step of the middle), so the search stops once a
  // ring cannot beat the best place found; places in view beat those outside, and every place in
  // view lies within `reachInView` rings.
  const ringFloor = (ring: number) => Math.max(0, ring - 0.5) * Math.min(step.x, 2 * step.y)
  const reachInView = Math.ceil(Math.max(region.width / step.x, region.height / step.y) / 2) + 1
  let best: Point | null = null
  let bestDistance = Infinity
  let outside: Point | null = null
  let outsideDistance = Infinity
  const consider = (i: number, j: number) => {
    const place = { x: i * step.x, y: j * step.y }
    const d = distance(place)
    const inView = inside(place)
    if (d >= (inView ? bestDistance : Math.min(bestDistance, outsideDistance)) || !isFree(place)) return
    if (inView) [best, bestDistance] = [place, d]
    else [outside, outsideDistance] = [place, d]
  }
  for (let ring = 0; ring <= searchReach; ring++) {
    const floor = ringFloor(ring) ** 2
    if (best && floor > bestDistance) return best
    if (!best && outside && ring > reachInView && floor > outsideDistance) return outside
    for (let j = middle.j - ring; j <= middle.j + ring; j++) {
      // A place out of view can only win nearer than the best so far, and that bounds its column:
      // on a tall, narrow view that is full, most of each ring is skipped without a look.
      const reach = Math.sqrt(Math.min(bestDistance, outsideDistance)) / step.x
      const rowInView = j >= rowsInView.first && j <= rowsInView.last
      const nearFirst = Math.floor(ideal.x / step.x - reach)
      const nearLast = Math.ceil(ideal.x / step.x + reach)
      const first = rowInView ? Math.min(nearFirst, columnsInView.first) : nearFirst
      const last = rowInView ? Math.max(nearLast, columnsInView.last) : nearLast
      const edge = j === middle.j - ring || j === middle.j + ring
      if (edge || ring === 0) {
        for (let i = Math.max(middle.i - ring, first); i <= Math.min(middle.i + ring, last); i++) consider(i, j)
        continue
      }
      if (middle.i - ring >= first && middle.i - ring <= last) consider(middle.i - ring, j)
      if (middle.i + ring >= first && middle.i + ring <= last) consider(middle.i + ring, j)
    }
  }
  return best ?? outside
}

/**
 * Whether a slot-sized box at a place overlaps no node's: nodes bucketed by grid cell, nine looked
 * at. Keyed by number, column then row: a search over a full view asks this a thousand times in a
 * highlight's keystroke, so no key is built per question.
 */
function overlapTest(snapshot: MapSnapshot): (place: Point) => boolean {
  const columns = new Map<number, Map<number, Point[]>>()
  for (const node of snapshot.nodes.values()) {
    const column = Math.floor(node.position.x / nodeSlot.width)
    const row = Math.floor(node.position.y / nodeSlot.height)
    let rows = columns.get(column)
    if (!rows) columns.set(column, (rows = new Map()))
    const bucket = rows.get(row)
    if (bucket) bucket.push(node.position)
    else rows.set(row, [node.position])
  }
  return (place) => {
    const column = Math.floor(place.x / nodeSlot.width)
    const row = Math.floor(place.y / nodeSlot.height)
    for (let c = column - 1; c <= column + 1; c++) {
      const rows = columns.get(c)
      if (!rows) continue
      for (let r = row - 1; r <= row + 1; r++) {
        const bucket = rows.get(r)
        if (!bucket) continue
        for (const other of bucket) {
          if (Math.abs(other.x - place.x) < nodeSlot.width && Math.abs(other.y - place.y) < nodeSlot.height) return false
        }
      }
    }
    return true
  }
}
