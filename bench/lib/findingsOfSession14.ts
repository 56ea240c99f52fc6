import { findingsOfSession13Markdown } from './findingsOfSession13'

/** The fourteenth session's findings (2026-11-29), printed after the newer ones in findings.ts. */
export const findingsOfSession14Markdown = `### Fourteenth session (13:33–16:33 on 2026-11-29; load average 0.9–3.1, other work on the host)

- **Canvas, a remote client moving nodes at 30 Hz, 500 nodes: p95 50–67 → 16.7–16.8 ms.** A CPU profile of the phase
  (unminified build) put a third of React's work in one place: each \`setNodes\` ran React Flow's store listeners, one for
  each node wrapper and three for each edge wrapper (one of them computing the edge's ends): 2,300 selectors at 500 nodes
  and 600 links for a move of one node. Our React Flow patch now gives the wrappers a view of the store
  (\`elementRegistry\`) whose one listener checks, for each mounted node and edge, whether what its selectors read can
  have changed: the node's internal object (React Flow replaces it whenever the node changes), and for an edge its own
  object and its two nodes'. A change to a setting they read (connection mode, edge defaults, z-index mode…) still tells
  them all.
  - Found on the way: last session's Handle patch (\`connectionStore\`) was keyed by the object \`useStoreApi\` returns,
    which React Flow makes anew for each component, so each handle had kept its own store listener. Both views are now
    keyed by the store's \`getState\`. A first version keyed the same way made every store update run 1,100 registries,
    and scripting per remote move went 8.1 → 9.8 ms; counting listener calls in the page showed it.
  - Per remote move (trace, 60 moves): script 8.1 → 4.4–4.9 ms; main thread 18.9–19.5 → 14.4–16.1 ms. Per drag move:
    script 8.5 → 6.5–7.2 ms. Frame p95 in runs of the phase alone: 16.8, 16.7, 16.8, 16.7, 16.8 ms (before: 66.7,
    66.6, 50.0). After the other four phases it read 16.8, 16.8 and 33.2 ms (one 124 ms long task), and 50.0 ms in the
    first full run below (one 117 ms long task).
  - The measurement after a node's size changes (\`set({})\` in \`updateNodeInternals\`) ran every selector as well. It is
    now checked the same way: React Flow puts a new object in for each node it measured and rewrites the others'
    positions in place to the same values. Highlight → node presented in 30-trial quick runs: p50 / p95 40 / 56 and
    40 / 64 ms, against 48 / 88 before it (the same afternoon, load 1.2–2.0).
  - \`collaboration.spec.ts\` now checks that both links follow a node another person moved (within 8 px of its handle);
    it fails (124 px) when edges ignore their nodes' changes.
- **A moved node laid the whole document out again: each link's \`<svg>\` is now a relayout boundary.** Layout
  invalidation tracking showed the two paths of each changed link invalidating layout, and every Layout of the phase
  started at \`#document\` (2–3 ms each, 13,605 layout objects, 20–30 dirty). Each link is its own absolutely placed
  \`<svg>\` at its static position; placed at the origin, 1 px, with \`contain: layout size\`, each is its own layout root.
  Layout in 2 s of remote moves: 145–170 → 9–10 ms. At 0 × 0 Chromium painted no link at all (seen on a screenshot);
  at 1 px the links draw as before (byte-identical screenshot), and the e2e suite, which clicks links, passes.
- **The canvas peer is React Flow as published.** The bare page had been built against apps/web's React Flow, with our
  patches. \`peers/stockReactFlow.ts\` reverses the patch on a copy (\`git apply --reverse\`) beside the patched package
  in pnpm's store. Stock React Flow runs every selector on every update: on the 2,000-node map the bare page's pan
  reads 83–100 ms at p95, its zoom and remote moves 50 ms. Our 500-node figures against the patched bare page, same
  session: remote main thread per move 16.1 vs 15.1 ms, frame p95 16.8 vs 16.8.
- **Canvas, 500 nodes, zoom: still 33 ms at p95 against the stock bare page's 16.8. It is raster.** Per wheel step our
  page rasters 23–26 ms on the CPU (the bare page 12–14): the map's visible part is drawn again at each new scale.
  Hidden one at a time (a style added to the page, trace of 40 wheel steps, two rounds): square card corners −5 ms,
  the links −6, the dotted background −3, the card's text −2, the collapse button −0–2, handles 0. Kept as is:
  - \`will-change: transform\` on the view while zooming: Chromium 150 still rastered each step (16.7 ms) and layerizing
    rose to 19 ms; frame p95 66.7 ms.
  - Square corners: zoom p95 33.3–66.7 ms in three runs (load 2–3), no better.
- **Reader:** keystroke → next frame p95 12.9, 14.3 and 14.3 ms (bare TipTap 15.2, 15.5 and 16.2): at the goal.
- **Where a highlight's frames still go** (\`READER_TRACE_DIR=dir READER_HIGHLIGHT_TRIALS=20 npx tsx reader.ts --quick --trace\`,
  five traced trials, per highlight with the reader's deferred pass and the waits around it): main thread 74 ms, of
  which layerizing (\`PaintArtifactCompositor::Update\`, the map's 500 nodes each its own paint chunk) 11.7, script 19.6,
  layout 5.8 + 3.5, and \`IntersectionObserverController::computeIntersections\` 4.2 ms (0.58 ms a keystroke): Chromium's
  own observer of the reading's paragraphs, which have \`content-visibility: auto\` (we register no IntersectionObserver).
  Fewer observed boxes (sections of paragraphs) would need the reading's DOM grouped; not done.
- **The two full runs** (\`pnpm bench\`; this file holds the second, on the final code; the first had the patch without the
  measurement's \`set({})\` change):

  | | 14:19 (load 2.1 → 1.5) | 14:49 (load 1.4 → 1.6) | Goal |
  |---|---|---|---|
  | Ceiling: ours / reference / Hocuspocus | 4,000 / 2,000 / 250 | 4,000 / 2,000 / 1,000 /s | ≥ 2× / ≥ |
  | Rate one core carries, by CPU (reference) | 6,949 (5,799) | 7,265 (5,939) /s | |
  | 200 active 200 KB docs: RSS per doc (reference) | 2.2× (10.2×) | 1.9× (10.6×) | ≤ 25× |
  | Durability: acknowledged updates lost | 0 of 7,496 | 0 of 7,496 | 0 |
  | Highlight presented p50 / p95 (in the DOM p95) | 48 / 72 (23.0) | 48 / 72 (34.0) ms | ≤ 50 |
  | Keystroke → next frame p95 (bare) | 14.3 (15.5) | 14.3 (16.2) ms | ≤ 16 |
  | PNG 2×: browser / server | 1,350 / 746 | 1,662 / 1,219 ms | ≤ 1,500 |
  | Layout 200 / 1,000 | 114 / 719 | 146 / 1,186 ms | ≤ 150 / 1,500 |
  | Canvas 500: drag / pan / zoom / remote p95 (stock bare) | 16.7 / 16.8 / 33.4 / 50.0 (16.7 / 33.4 / 16.8 / 16.7) | 16.8 / 33.3 / 33.4 / 16.8 (16.8 / 33.5 / 16.8 / 16.7) ms | ≤ 16.7 |
  | Canvas 2,000: drag / pan / zoom / in-stop-out / remote (stock bare) | 33.2 / 33.3 / 33.4 / 33.4 / 33.4 (33.4 / 83.3 / 50.0 / 33.4 / 50.0) | 33.3 / 33.4 / 50.0 / 66.7 / 116.6 (50.1 / 100.0 / 50.0 / 50.1 / 83.4) ms | ≤ 33 |
  | Initial JS | 247.0 KB | 247.0 KB | ≤ 250 KB |

  The second run's browser rows met other work on the host: the stock bare page's 2,000-node remote phase read 83 ms and
  its pan 100 ms, layout of 1,000 nodes 1,186 ms against 719 half an hour earlier, the PNGs 1.2–1.7 s against 0.75–1.35.

${findingsOfSession13Markdown}`
