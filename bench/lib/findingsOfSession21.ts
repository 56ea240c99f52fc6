import { findingsOfSession20Markdown } from './findingsOfSession20'

/** The twenty-first session's findings (2026-11-30), printed after the newer ones in findings.ts. */
export const findingsOfSession21Markdown = `### Twenty-first session (06:12–09:12 on 2026-11-30; load average 0.7–2.2, other work on the host)

- **Highlight → node: what the keydown wrote besides the node.** A trace with invalidation tracking
  (\`disabled-by-default-devtools.timeline.invalidationTracking\`, probe not in the repo) and a MutationObserver log of
  one highlight showed the keydown task writing two things outside the map: the live region's "Node added: Claim, …"
  and the header's "Saving…". Each dirtied the document, so the frame that shows the new node laid the page out from
  the root, and rastered the header's tile next to the map's (9–15 ms of raster on the one core). Both now follow the
  frame (\`LatestAfterPaint\`: the latest value, applied once in a task after the next frame; the caret's awareness
  already worked so and now uses it too). After: in the keydown only the map's node changes; raster in the node's
  frame 0.2–1 ms.
  - Measured by alternating builds (a fresh 500-highlight room per round, Chromium pinned to one core, each page's
    first 4 highlights dropped): presented mean 43.9 → 34.4 ms, p50 40 → 32, p90 56 → 48 (60 trials each); the status
    alone, 80 trials each: 42.2 → 37.0, p50 40 → 32, p95 64 → 56.
  - Tried, no gain, dropped: \`contain: strict\` or \`contain: layout size\` on the map pane (a flex item cannot be a
    relayout boundary in Chromium; the layout root stayed the document); \`contain: layout size\` on React Flow's
    viewport (the layout root became the viewport, partial layout, but it still took 2.5–6.6 ms: the viewport places
    its ~500 positioned nodes again; presented 35.6 against 34.4); a size estimate for nodes added after the first fill,
    so React Flow shows a new node in its first render instead of hiding it until measured (the second style and
    layout pass of the frame went; 36.2 against 37.0, and 0.5 ms more in the keydown).
  - Where a highlight's time goes now (trace of 12 highlights, one core): the keydown task 7.6–19 ms (the model's
    transaction, placing the node, React's render of the map), then the frame's main-thread task 14–41 ms (layout ~3,
    layerize ~2, commit ~2.3, the content-visibility IntersectionObserver 1.1–1.8, style and pre-paint ~1.6, script
    in ResizeObserver and animation-frame callbacks ~1.5, the rest in BeginMainFrame), then draw; presented 20–61 ms.
- **placeNewNode on a full view** (\`freePlaceNear\`, 2 ms of a highlight's keydown in a CPU profile): on a tall view
  fitted to a full map it walked all 80 rings of the lattice (~26,000 places). Each ring now looks only at the
  columns in view and those near enough to beat the best place so far: 1.5 → 0.2 ms at 500 nodes, 1.7 → 0.4 at 2,000
  (Node), the same place on 3,000 random maps and views as the old search.
- **Smaller keydown work:** CommentCounts recounted every node's threads when the anchors changed (each highlight
  does): now only nodes whose passage changed (0.5 ms of the keydown); the map tools got a new empty selection array
  on each snapshot and rendered again; map announcements walked every node and link on every snapshot, a drag's
  frames included, and now skip snapshots that only moved nodes.
- **Looked at, left:** \`requestAnimationFrame\` showed 0.5 ms a call in the keydown's CPU profile; measured in the page
  (seven rAF + setTimeout pairs ≤ 0.2 ms) it is a sampling artefact. The server starts in 3.1 s, 1.1–1.2 s of it
  \`@argdown/core\` loaded through tsx; it is loaded before listening on purpose (3e755dd: loaded on the first import
  it paused every room's sync). Opening the reader room, the map's first fill (500 cards) is one ~600 ms task just
  after the highlights are shown (render 215, commit 108, layout ~200, profiled): not in the open figure, and React
  Flow's store (zustand) re-renders synchronously, so React cannot slice it.
- **Open: the page's late highlights are slower in the frame, not the keydown.** In the full run the 31st–40th pinned
  highlights read 8–10 ms in the DOM but 48–72 ms presented (the earlier ones 24–40); a probe of 40 on one page shows
  the same (trials 31–39: 64–96 ms). The map does not pan (its viewport transform is unchanged after each), the DOM
  writes are the same as early on (mutation log at the 36th: the new node only), and a trace of trials 30–41 has the
  frame's main-thread task at 20–40 ms against 14–17 early on (script in the frame 2.4–10 ms, BeginMainFrame's own time
  2–9 ms). Cause not found; it sets the pinned p95.
- **The full run at 07:01 on this session's code** (\`pnpm bench\`, load 1.9 → 1.5):

  | | previous (05:12) | 07:01 | Goal |
  |---|---|---|---|
  | Ceiling: ours / reference / Hocuspocus | 2,000 / 2,000 / 500 (1.00×) | **4,000 / 1,000 / 1,000 (4.00×)** | ≥ 2× / ≥ |
  | Fan-out p99 at 1,000/s; acked updates lost | 1.93 ms; 0 | 1.65 ms; 0 of 7,496 | ≤ 10; 0 |
  | Highlight presented p50 / p95, pinned / both cores | 48 / 64; 32 / 48 | **32 / 56; 24 / 48** ms | ≤ 50 |
  | Keystroke → next frame p95 (bare) | 17.7 (16.0) | 13.8 (15.3) ms | ≤ 16 |
  | Reader open (bare page) | 1,434 (384) | 1,245 (281) ms | |
  | Canvas 500: drag / pan / zoom / in-stop-out / remote | 16.7 / 16.8 / 33.3 / 33.3 / 33.4 | 16.8 / 16.8 / 33.3 / 16.8 / 16.8 | ≤ 16.7 |
  | Canvas 2,000: drag / pan / zoom / in-stop-out / remote | 33.3 / 33.4 / 33.3 / 33.4 / 16.8 | 16.8 / 33.4 / 33.3 / 33.3 / 16.8 (bare 33.4–83.3) | ≤ 33 |
  | SVG / PNG 2× server / browser | 35 / 1,054 / 1,585 | 46 / 823 / 1,415 ms | ≤ 300 / 1,500 |
  | Initial JS gzip; sample room interactive | 247.7 KB; 763 ms | 248.0 KB; 872 ms | ≤ 250 KB; ≤ 1,000 |

  The sync ladder alone before it (06:59, \`syncScale.ts\` with the reference only): 4,000 / 2,000 (2.00×); by CPU one core
  carries 8,825/s of ours against the reference's 5,443 (1.62×). Still missed: highlight p95 pinned to one core (56),
  the 500-node wheel zoom (33.3; 16.8 in other runs, raster-bound as the eighteenth session found).

${findingsOfSession20Markdown}`
