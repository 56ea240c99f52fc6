// Layered layout of argument-shaped maps: Tidy's dagre next to dagre as published (MIT) and elkjs (EPL/GPL), same graphs.
import { layoutWithDagre } from '../apps/web/src/layout/layoutWithDagre'
import type { LayoutEdge, LayoutGraph, LayoutPositions } from '../apps/web/src/layout/LayoutGraph'
import { aboveEach } from '../apps/web/src/layout/aboveEach'
import { tidyLayout } from '../apps/web/src/layout/tidyLayout'
import { isMain } from './lib/isMain'
import { type LayoutQuality, layoutQuality } from './lib/layoutQuality'
import { quick } from './lib/options'
import type { Section } from './lib/report'
import { median } from './lib/stats'
import { layoutWithElk } from './peers/layoutWithElk'

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

/** One engine's run on one graph. */
export interface EngineFigures {
  ms: number
  /** Nodes that move when one leaf is added and the graph is laid out again (relative to its corner). */
  movedByOneMore: number
  quality: LayoutQuality
}

export interface LayoutFigures {
  size: number
  /** Tidy's engine: dagre in the rows `ranksFromTop` gives. */
  ours: EngineFigures
  /** dagre as published: its own network-simplex ranking. */
  dagre: EngineFigures
  elk: EngineFigures
  /** Nodes Tidy moves when one leaf is added and the map is tidied again (`applyTidy` remembers its last places). */
  tidyMovedByOneMore: number
  /** Tidy's time for that second run (full layout, then placing the new leaf among the kept nodes). */
  tidyAgainMs: number
}

export async function measureLayout(sizes = [200, 1000]): Promise<LayoutFigures[]> {
  const figures: LayoutFigures[] = []
  for (const size of sizes) {
    const graph = argumentShapedGraph(size)
    const grown: LayoutGraph = {
      vertices: [...graph.vertices, { id: 'added', width: 240, height: 100, x: 0, y: 0, pinned: false }],
      edges: [...graph.edges, { from: graph.vertices[size - 1]!.id, to: 'added', beside: false }],
    }
    const engine = async (layout: (graph: LayoutGraph) => LayoutPositions | Promise<LayoutPositions>, runs?: number): Promise<EngineFigures> => {
      // This first run is the warm-up: dagre as published takes seconds a run at 1,000 nodes.
      const positions = await layout(graph)
      return { ms: await medianMs(() => layout(graph), runs, true), movedByOneMore: moved(positions, await layout(grown)), quality: layoutQuality(graph, positions) }
    }
    const ours = await engine((g) => layoutWithDagre(g))
    // dagre's network simplex takes seconds a run at 1,000 nodes: timed once there.
    const dagre = await engine((g) => layoutWithDagre(g, 'network-simplex'), size > 500 ? 1 : undefined)
    const elk = await engine(layoutWithElk)
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
    figures.push({ size, ours, dagre, elk, tidyMovedByOneMore, tidyAgainMs })
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

/** Median of five timed runs (quick: one) after one warm-up run, unless the caller has just run it. */
async function medianMs(run: () => unknown, runs = quick ? 1 : 5, warmed = false): Promise<number> {
  if (!warmed) await run()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  return median(times)
}

if (isMain(import.meta.url)) {
  for (const f of await measureLayout()) {
    const line = (name: string, e: EngineFigures) => `${name} ${e.ms.toFixed(0)} ms, ${e.quality.crossings} crossings, links ${(e.quality.linkLength / 1000).toFixed(0)}k px, one more moves ${e.movedByOneMore}`
    console.log(`${f.size} nodes: ${line('ours', f.ours)}; ${line('dagre', f.dagre)}; ${line('elkjs', f.elk)}; Tidy moves ${f.tidyMovedByOneMore} (${f.tidyAgainMs.toFixed(0)} ms)`)
  }
}

export async function layoutSection(): Promise<Section> {
  const figures = await measureLayout()
  const goals: Record<number, string> = { 200: '≤ 150 ms', 1000: '≤ 1.5 s' }
  const quality = (e: EngineFigures) => `${e.quality.crossings.toLocaleString('en')} / ${(e.quality.linkLength / 1000).toFixed(0)}k px`
  const rows = figures.flatMap((f) => [
    {
      measure: `${f.size} nodes: Tidy's layout time`,
      ours: `${f.ours.ms.toFixed(0)} ms`,
      peer: `elkjs ${f.elk.ms.toFixed(0)} ms; dagre as published ${f.dagre.ms.toFixed(0)} ms`,
      ratio: `${(f.ours.ms / f.elk.ms).toFixed(2)}× / ${(f.ours.ms / f.dagre.ms).toFixed(2)}×`,
      goal: goals[f.size] ?? '',
    },
    { measure: `${f.size} nodes: link crossings / total link length`, ours: quality(f.ours), peer: `elkjs ${quality(f.elk)}; dagre as published ${quality(f.dagre)}`, ratio: '', goal: '' },
    {
      measure: `${f.size} nodes: nodes moved by adding one leaf and tidying again`,
      ours: `${f.tidyMovedByOneMore} of ${f.size} (Tidy, ${f.tidyAgainMs.toFixed(0)} ms)`,
      peer: `elkjs ${f.elk.movedByOneMore}; dagre as published ${f.dagre.movedByOneMore}; ours without Tidy's memory ${f.ours.movedByOneMore} (of ${f.size})`,
      ratio: '',
      goal: 'few',
    },
  ])
  return {
    title: 'Layout',
    what: `Argument-shaped graphs (a few conclusions with reasons and objections several levels deep, ≈ 1.2 links a node, cards 240 × 90–150) laid out in Node, median of 5 after a warm-up (dagre as published: once at 1,000 nodes, where a run takes seconds). Ours is what Tidy runs (\`tidyLayout\` → \`layoutWithDagre\`): dagre in the rows \`ranksFromTop\` gives (each statement a row below the lowest above it). Peers: dagre as published (its network-simplex ranking), and elkjs's layered algorithm (\`bench/peers/layoutWithElk\`). Crossings and length: each link drawn straight from its upper card's bottom to its lower card's top. Stability: nodes whose place (relative to the layout's corner) changes when one leaf is added and the map is tidied again; ours is Tidy, which keeps what is still where its last run left it and places only the rest; the peers are each engine laying the whole graph out again.`,
    peerName: 'elkjs; dagre as published',
    rows,
    notes: [
      'Both run on the main thread here; the web app runs layout in a Web Worker, with the Tidy button busy until it is done.',
      'Stability: neither engine keeps a map in place when one node is added (both lay the whole graph out again; ELK options for model order were tried: 93–1,000 of the nodes still move, at up to 4× the time). So Tidy records where it left every node (`applyTidy`, in the map doc, for everyone in the room); when at least half the map is still there, it keeps those nodes and places the others where the full layout puts them next to their nearest kept neighbour, sliding right along the row past any overlap (`placeAmongKept`). A node moved by hand since goes back to its tidy place; pinned nodes never move.',
    ],
  }
}
