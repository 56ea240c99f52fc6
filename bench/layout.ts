// Layered layout of argument-shaped maps: dagre (MIT) next to elkjs (EPL/GPL), same graphs.
import { layoutWithDagre } from '../apps/web/src/layout/layoutWithDagre'
import { layoutWithElk } from '../apps/web/src/layout/layoutWithElk'
import type { LayoutEdge, LayoutGraph } from '../apps/web/src/layout/LayoutGraph'
import { aboveEach } from '../apps/web/src/layout/aboveEach'
import { elkThreshold, tidyLayout } from '../apps/web/src/layout/tidyLayout'
import { isMain } from './lib/isMain'
import { quick } from './lib/options'
import type { Section } from './lib/report'

/** A few main conclusions, each with reasons and objections several levels deep (≈1.2 links a node). */
export function argumentShapedGraph(size: number, seed = 7): LayoutGraph {
  let state = seed
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648)
  const vertices = Array.from({ length: size }, (_, i) => ({ id: `n${i}`, width: 240, height: 90 + Math.floor(random() * 60), x: 0, y: 0, pinned: false }))
  const edges: LayoutEdge[] = []
  for (let i = 1; i < size; i++) {
    const parent = Math.floor(random() * Math.min(i, Math.max(1, i - 1)))
    edges.push({ from: `n${parent}`, to: `n${i}`, beside: random() < 0.25 })
    if (random() < 0.2 && i > 2) edges.push({ from: `n${Math.floor(random() * (i - 1))}`, to: `n${i}`, beside: false })
  }
  return { vertices, edges }
}

export interface LayoutFigures {
  size: number
  dagreMs: number
  elkMs: number
  /** Nodes that move when one leaf is added and the map is tidied again (stability). */
  dagreMovedByOneMore: number
  elkMovedByOneMore: number
  /** The same through Tidy, which remembers where its last run left each node (`applyTidy`). */
  tidyMovedByOneMore: number
  /** Tidy's time for that second run (full layout, then placing the new leaf among the kept nodes). */
  tidyAgainMs: number
}

export async function measureLayout(sizes = [200, 1000]): Promise<LayoutFigures[]> {
  const figures: LayoutFigures[] = []
  for (const size of sizes) {
    const graph = argumentShapedGraph(size)
    const dagreMs = await medianMs(() => layoutWithDagre(graph))
    const elkMs = await medianMs(() => layoutWithElk(graph))
    const grown: LayoutGraph = {
      vertices: [...graph.vertices, { id: 'added', width: 240, height: 100, x: 0, y: 0, pinned: false }],
      edges: [...graph.edges, { from: graph.vertices[size - 1]!.id, to: 'added', beside: false }],
    }
    const dagreMovedByOneMore = moved(layoutWithDagre(graph), layoutWithDagre(grown))
    const elkMovedByOneMore = moved(await layoutWithElk(graph), await layoutWithElk(grown))
    // Tidy as the app runs it: the first tidy's places are recorded, the second tidy sees them.
    const first = await tidyLayout(graph)
    const above = aboveEach(graph)
    const tidiedGrown: LayoutGraph = {
      vertices: grown.vertices.map((vertex) =>
        first.has(vertex.id) ? { ...vertex, ...first.get(vertex.id)!, tidied: { ...first.get(vertex.id)!, above: above.get(vertex.id) ?? [] } } : vertex,
      ),
      edges: grown.edges,
    }
    const tidyAgainMs = await medianMs(() => tidyLayout(tidiedGrown))
    const again = await tidyLayout(tidiedGrown)
    const tidyMovedByOneMore = moved(first, new Map([...first].map(([id, place]) => [id, again.get(id) ?? place])))
    figures.push({ size, dagreMs, elkMs, dagreMovedByOneMore, elkMovedByOneMore, tidyMovedByOneMore, tidyAgainMs })
  }
  return figures
}

/** Nodes whose place relative to the layout's corner changed (tidy keeps the corner fixed). */
function moved(before: Map<string, { x: number; y: number }>, after: Map<string, { x: number; y: number }>): number {
  const corner = (positions: Map<string, { x: number; y: number }>) => ({
    x: Math.min(...[...before.keys()].map((id) => positions.get(id)!.x)),
    y: Math.min(...[...before.keys()].map((id) => positions.get(id)!.y)),
  })
  const a = corner(before)
  const b = corner(after)
  let count = 0
  for (const [id, place] of before) {
    const next = after.get(id)!
    if (Math.abs(next.x - b.x - (place.x - a.x)) > 1 || Math.abs(next.y - b.y - (place.y - a.y)) > 1) count++
  }
  return count
}

/** Median of five timed runs (quick: one) after one warm-up run. */
async function medianMs(run: () => unknown): Promise<number> {
  await run()
  const times: number[] = []
  const runs = quick ? 1 : 5
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!
}

if (isMain(import.meta.url)) {
  for (const f of await measureLayout()) {
    console.log(`${f.size} nodes: dagre ${f.dagreMs.toFixed(0)} ms, elkjs ${f.elkMs.toFixed(0)} ms; one node more moves dagre ${f.dagreMovedByOneMore}, elkjs ${f.elkMovedByOneMore}, Tidy ${f.tidyMovedByOneMore} (${f.tidyAgainMs.toFixed(0)} ms)`)
  }
}

export async function layoutSection(): Promise<Section> {
  const figures = await measureLayout()
  const goals: Record<number, string> = { 200: '≤ 150 ms', 1000: '≤ 1.5 s' }
  // What Tidy runs (tidyLayout): dagre up to elkThreshold vertices, ELK above; the peer is the other engine.
  const rows = figures.flatMap((f) => {
    const elk = f.size > elkThreshold
    const ours = elk ? { name: 'elkjs', ms: f.elkMs, moved: f.elkMovedByOneMore } : { name: 'dagre', ms: f.dagreMs, moved: f.dagreMovedByOneMore }
    const peer = elk ? { name: 'dagre', ms: f.dagreMs, moved: f.dagreMovedByOneMore } : { name: 'elkjs', ms: f.elkMs, moved: f.elkMovedByOneMore }
    return [
      { measure: `${f.size} nodes: Tidy's layout time (ours: ${ours.name})`, ours: `${ours.ms.toFixed(0)} ms`, peer: `${peer.name} ${peer.ms.toFixed(0)} ms`, ratio: `${(ours.ms / peer.ms).toFixed(2)}×`, goal: goals[f.size] ?? '' },
      {
        measure: `${f.size} nodes: nodes moved by adding one leaf and tidying again`,
        ours: `${f.tidyMovedByOneMore} of ${f.size} (Tidy, ${f.tidyAgainMs.toFixed(0)} ms)`,
        peer: `${ours.name} alone ${ours.moved} of ${f.size}; ${peer.name} ${peer.moved} of ${f.size}`,
        ratio: '',
        goal: 'few',
      },
    ]
  })
  return {
    title: 'Layout',
    what: `Argument-shaped graphs (a few conclusions with reasons and objections several levels deep, ≈ 1.2 links a node, cards 240 × 90–150) laid out by the web app's \`layoutWithDagre\` and \`layoutWithElk\`, in Node, median of 5 after a warm-up. "Ours" is the engine Tidy uses at that size (\`tidyLayout\`: dagre up to ${elkThreshold} nodes, ELK above); the peer is the other one. Stability: nodes whose place (relative to the layout's corner) changes when one leaf is added and the map is tidied again; ours is Tidy, which keeps what is still where its last run left it and places only the rest; the peers are each engine laying the whole graph out again.`,
    peerName: 'the other engine (dagre / elkjs)',
    rows,
    notes: [
      'Both run on the main thread here; the web app runs layout in a Web Worker, with the Tidy button busy until it is done.',
      'Stability: neither engine keeps a map in place when one node is added (both lay the whole graph out again; ELK options for model order were tried: 93–1,000 of the nodes still move, at up to 4× the time). So Tidy records where it left every node (`applyTidy`, in the map doc, for everyone in the room); when at least half the map is still there, it keeps those nodes and places the others where the full layout puts them next to their nearest kept neighbour, sliding right along the row past any overlap (`placeAmongKept`). A node moved by hand since goes back to its tidy place; pinned nodes never move.',
    ],
  }
}
