import { findingsOfSession15Markdown } from './findingsOfSession15'

/** The sixteenth session's findings (2026-11-29), printed after the newer ones in findings.ts. */
export const findingsOfSession16Markdown = `### Sixteenth session (18:18–21:18 on 2026-11-29; load average 0.3–2.6, other work on the host)

- **Tidy lays out 200 nodes in ~50 ms (was 90–160 in full runs) and 1,000 in ~0.3 s (was ELK, 0.7–1.5 s).** A CPU
  profile of 23 dagre layouts of this bench's 200-node graph (\`node --cpu-prof\`): 94 ms a layout, of which ranking
  (network simplex) 38.8, ordering 25.5, positions 19. dagre's network simplex scans every link for the one to enter
  and recomputes every cut value and low/lim after each exchange: 2.0–8.9 s at 1,000 nodes (four seeds), which is why
  Tidy had used ELK above 300 nodes. \`ranksFromTop\` (apps/web/src/layout) now gives dagre its rows (\`ranker:
  'none'\`): each statement a row below the lowest statement above it, found depth-first (iteratively; a link that
  closes a cycle is turned round first, so every link dagre sees points down), then a statement whose links below
  weigh more than those above moves down to just above them, as network simplex would move it.
  - Same graphs, four seeds (probe): 200 nodes 27–46 ms against 66–79 with network simplex; crossings of straight
    links −11 % to +13 % and total link length −12 % to +4 % against it; 1,000 nodes 346–483 ms against ELK's 865–1,451,
    crossings −8 % to +8 % against ELK. In the full run at 19:22: 53 ms (dagre as published 88, elkjs 524) and 275 ms
    (elkjs 720, dagre as published 2,498); at 20:19, 69 and 279 ms (published 91 and 3,717). Crossings / link length
    512 / 447k px (published 473 / 462k, elkjs 425 / 561k) and 9,497 / 7,768k (published 9,449 / 7,508k, elkjs 8,726 /
    7,694k).
  - Tidy uses dagre at every size; ELK (EPL) left the app: the layout worker's chunk 1.5 MB → 52 KB. It stays as
    the benchmark's peer (\`bench/peers/layoutWithElk.ts\`), beside dagre as published; the layout section now also
    reports crossings and total link length (\`lib/layoutQuality.ts\`), so a faster layout cannot hide a worse one.
  - Tests: \`ranksFromTop.test.ts\` (a tree, two parents, a conclusion pulled down to its only reason, a cycle, a pair
    linked both ways, a 20,000-long chain, 600 random links on 300 statements) and two more tidy cases (a cycle; 1,000
    statements: every reason below what it supports, no two in a row closer than a card). Changing the \`+ 1\` or
    turning the wrong link round fails them. Looked at: the sample room tidied (screenshot), conclusions on top.
- **Highlight → node presented: p95 40–48 ms with Chromium on both cores, 56–80 pinned to one.** The reader bench now
  runs its trials a second time, same page, with every Chromium process's threads on both cores (\`pinChromiumTo\`):
  24 / 40 ms at p50 / p95 in the full run at 19:22 (pinned, after the first 10: 40 / 56), 32 / 48 at 20:19 (48 / 72).
  Quick runs: 32 / 40–48 against 40–48 / 64–80. Traces of 25 pinned highlights: keydown task median 14.6 ms (p90
  21.5), the frame's main thread 23.0 (p90 29.2) and its raster 11.5 (p90 14.6), one after another on the one core:
  ~50 ms before the frame can be shown. With a second core the raster and compositor threads run beside the main
  thread. The frame's main thread per highlight:
  layerizing 3.1, layout 2.6 + 0.9, commit 2.1, the IntersectionObserver of \`content-visibility: auto\` over ~440
  paragraphs 1.8 (computed twice a frame: React Flow's ResizeObserver for the new node runs a second lifecycle pass),
  script 2.4, paint 1.1.
  - Tried, no gain: V8 compile hints (\`//# allFunctionsCalledOnLoad\` on the two main chunks) for the page's first,
    slower highlights (first 10 in the DOM p50 18.1 / 14.0 → 16.9 / 16.3 ms, paired runs); \`content-visibility\` off
    (the frame's main thread 23.2 → 25.6 ms: paint and commit grow more than the observer saves); rendering only the
    nodes in view from 300 nodes (sum per highlight 49–50 → 46–51 ms: every node of the bench's map is in view).
- **Canvas, 500-node zoom, looked at again.** Per wheel input our page spends less than the stock bare page: main thread
  12.1 + raster 12.7 ms against 17.0 + 12.0; its p95 still reads 33.3 pinned, and 16.8 / 33.3 / 33.3 in three runs
  with both cores. The view as its own layer while zooming (as while panning): layerizing 3.8 → 14.3 ms a wheel input
  (raster 12.5 → 3.3), worse; dropped.
- **The canvas bench runs each phase three times (rounds of all phases in turn) and a row shows the round with the
  median p95**; every round's p95 is in the notes. One busy moment on the shared host had decided rows: in the full run
  at 19:22 the 2,000-node remote row read 183 ms at p95 (six ~100 ms long tasks), alone just after 33.3 and 16.8. In
  the full run at 20:19 all five 500-node rows read 16.8 (zoom's rounds 33.2 / 16.8 / 16.8, the bare page's 16.7–16.8);
  at 2,000, drag, pan and zoom 33.3–33.4 (bare page 66.7–100), "in, stop, out" 49.9 and remote 100.0 (bare page 116.6).
- **Lead, not followed yet: panning after remote moves.** Pan traces of the 500-node page after one and two 2 s rounds
  of the remote client's random ±20 px moves: layerizing per pan input 17–18 (no remote moves before) → 26–28 → 48–49
  ms (summed over nested trace events, so absolute figures run high; the growth is the point), while the nodes' and
  links' DOM attributes stay the same. The view is its own layer while panned (map.css); moved nodes and their now
  slanted links overlap more, and Chromium's layerizing compares overlapping paint chunks that sit under different
  transforms. In the bench, a pan after a remote phase reads 33–50 at p95 where the first reads 16.8.
- **Noisy rows in the full run at 20:19** (load 1.1–1.3 at start and end, more in between), none touched by this
  session's code: the sync ceiling 3,000 against the reference's 4,000 (its 3,000/s p99 384 ms but 4,000/s 17.9: not
  monotonic; at 19:22 4,000 against 2,000, at 17:49 5,000 against 1,000; \`pnpm scale\` alone at 20:25 3,000 against
  1,000, Hocuspocus 250); keystroke p95 18.7 (12.2 at 19:22); browser
  PNG 2× 1,749 ms (1,192 at 19:22).

${findingsOfSession15Markdown}`
