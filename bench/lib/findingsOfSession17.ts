import { findingsOfSession16Markdown } from './findingsOfSession16'

/** The seventeenth session's findings (2026-11-29), printed after the newer ones in findings.ts. */
export const findingsOfSession17Markdown = `### Seventeenth session (20:57–23:57 on 2026-11-29; load average 1.2–3.1, other work on the host)

- **A pan no longer slows down after nodes have moved: all links are drawn in one \`<svg>\`.** The lead of the
  sixteenth session, followed (traces of 125 pan inputs on the 500-node map): layerizing per pan input 17 ms, 39 after
  one round of the remote client's random moves, 56 after two; the same with the moves rounded to whole pixels (a
  frame's layerize median 19 → 42 → 65 ms); the same after a reload of the moved map, so it is the map's geometry,
  not the page's history. On the moved map, with the nodes hidden 6.5, with the links hidden 8.2: links and nodes
  together, growing as moved nodes bend their links across other nodes. No composited layer is added (five before
  and after, CDP LayerTree). Stock React Flow
  12 draws each link in its own absolutely placed \`<svg>\` with a z-index, a stacking context of its own under the
  nodes; moving the links' \`<g>\`s into one \`<svg>\` by hand took the moved map's pan from 54.8 to 10.6 ms of
  layerizing per input. Tried on the same moved map, not kept: the nodes as their own layer while panning (halves
  it), \`z-index: auto\` on links or nodes, no arrowheads, no hit paths (no change); \`contain: paint\` on the view
  (fast only because it clips the map away).
- **Now (our React Flow patch): every link is a \`<g>\` in one \`<svg class="react-flow__edge-layer">\`.** Links never
  used their z-index (they draw below the nodes); the one \`<svg>\` keeps map.css's relayout boundary (at the origin,
  1 px, \`contain: layout size\`). collaboration.spec.ts checks it. Canvas bench before and after, same session (each
  phase three rounds; traced after the rounds, so after three remote phases). A link's move now repaints the one
  \`<svg>\` (its unchanged paths from the paint cache): paint per remote move 2.1 → 3.0 ms at 500 nodes, more than
  repaid by layerizing.

  | | before | after |
  |---|---|---|
  | 500 pan: rounds' p95 / layerize per input | 16.8 / 33.4 / 50.0 ms; 54.5 ms | 16.8 / 16.7 / 16.8 ms; 15.0 ms |
  | 500 drag: main thread per input (layerize) | 23.3 (5.3) ms | 18.4 (3.5) ms |
  | 500 remote: main thread per move (paint) | 18.0 (2.1) ms | 16.4 (3.0) ms |
  | 2,000 pan: rounds' p95 / main per input (layerize) | 33.4 / 33.4 / 50.0; 54.6 (30.8) ms | 16.8 / 33.4 / 33.4; 36.5 (18.5) ms |
  | 2,000 drag: rounds' p95 / main per input | 33.3 / 16.8 / 33.3; 38.0 ms | 33.3 / 16.8 / 16.8; 32.5 ms |
  | 2,000 remote: rounds' p95 / main per move | 49.9 / 16.7 / 66.7; 14.9 ms | 33.4 / 50.1 / 33.4; 14.4 ms |

- **The 2,000-node remote row's spikes, traced in the measured rounds:** a 141 ms task that is a major GC's
  embedder (DOM) tracing, 89 ms in one step; a 50 ms task with 17 ms of deoptimization in the first round; a 25 ms
  hover hit test when a node moved under the still mouse. Per remote move the page spends ~17 ms of main thread at
  2,000 nodes: React 8.5 (React Flow's \`setNodes\` 3.8, of which \`adoptUserNodes\` copying the 2,000-entry lookup
  1.0; the map view's render 1.6; the visible-links filter over all 2,400 links 1.1), Yjs decoding 2.5. Each is
  linear in the map; left as the next lead (an incremental path for a remote move).
- **The full run at 22:33, on this code** (load 2.1 at the start, 1.4 at the end; other work on the host): canvas 500
  drag / pan / "in, stop, out" / remote 16.8, zoom 33.3 (rounds 33.3 / 16.8 / 33.3; 16.8 in the run before); 2,000
  drag 33.3, pan 33.4, zoom 33.4, remote 33.3 (100.0 at 20:19), "in, stop, out" 50.0 — the bare page 50.0–83.4. Noisy
  rows, not touched by this session's code: the sync ceiling 2,000 against the reference's 2,000 (3,000 / 4,000 at
  20:19, 4,000 / 2,000 at 19:22), keystroke p95 30.9 against the bare editor's 16.6 (18.7 / 15.4 at 20:19, 12.2 / 14.9
  at 19:22), highlight presented 48 / 80 pinned and 40 / 56 on both cores. Alone afterwards (load 1.5–2.7): \`pnpm
  scale\` 4,000 against the reference's 1,000 and Hocuspocus's 1,000 /s (4.00×; its p99 at 4,000/s 33.8 ms);
  \`reader.ts --quick\` keystroke p95 15.5 against the bare editor's 15.9. Met again: browser PNG 2× 1,127 ms,
  layout 91 / 317 ms, memory 2.2×, 0 acknowledged updates lost, initial JS 247.3 KB.

${findingsOfSession16Markdown}`
