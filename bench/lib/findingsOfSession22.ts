import { findingsOfSession21Markdown } from './findingsOfSession21'

/** The twenty-second session's findings (2026-11-30), printed after the newer ones in findings.ts. */
export const findingsOfSession22Markdown = `### Twenty-second session (08:18–11:18 on 2026-11-30; load average 1–2, other work on the host)

- **The page's late highlights were slow because of the headless window, not the app.** Every highlight whose node
  landed in the third free row below the fitted map (y 915–942 of the 1000 px viewport) read 48–112 ms presented, the
  others 24–40 (node rectangles logged per trial, probe not in the repo). A trace of such a highlight: the renderer
  drew and submitted the frame with the node, and the display compositor skipped it ("Draw skipped", then the
  renderer's next frame "kNoDamage"), so Event Timing's duration ran on to the next frame that drew something else
  (the reader's badge after the deferred work). Chromium 150's "new" headless sizes the window to the emulated
  viewport (Playwright sets its bounds to 1600 × 1000), but the window's content area is ~87 px shorter: the page's
  bottom strip is rendered and never displayed. A 30-line page with none of our code shows it: an element added at
  y ≥ 913 of a 1000 px viewport is presented only with the next change elsewhere; with a 1200 px viewport the line
  moves to 1113; with the window 200 px taller (\`Browser.setWindowBounds\`) every change is presented at once. Every
  bench page now opens through \`newBenchPage\` (bench/lib/newBenchPage.ts), which grows the window so. A user's
  window shows the whole page, so the figures before overstated the late highlights: 40 highlights on one page, the
  32nd to 40th presented 32–88 ms before, 24–40 after (the same build). The twenty-first session's "late highlights
  are slower in the frame" was this.
- **The page's first highlights run cold code.** In the full run, the first 10 presented 48 / 64 ms (p50 / p95), the
  other 30 32 / 56; in the DOM 15.8 / 30.2 against 10.5 / 22.5. A trace of a page's first 10 (no GC in them) and CPU
  profiles of its first 6 against 6 later (unminified build): the keydown handler's own script 12.8 ms a highlight
  against 3.9 and React's synchronous render of the map 19.7 against 6.9, spread over placing the node (\`consider\`),
  the reading's decorations (\`decorate\`), React's reconciling and commit, Yjs encoding — code V8 has not optimised
  yet (compile hints were tried in the sixteenth session, no gain). Warm, React's 6.9 ms has no single hot spot
  (commit walk, \`setAttribute\` of the new card, React Flow's \`adoptUserNodes\` over 501 nodes, memo checks). Not
  changed: warming would mean running a highlight's code on a copy at idle.
- **A map card now hears the shared focus only when its own hover changes** (\`FocusStore.subscribeHovered\`).
  Every card read the focus through one subscription, so each hover change and each reveal re-checked all 500 cards
  of the reader room's map; a highlight's keystroke asks for a reveal (the new node shown on the map), and in a CPU
  profile \`revealOnMap\` was 0.9 ms of its keydown (5.4 ms over 6 warm trials; after, under 0.3 ms in two profiles).
  A hover change now tells two cards. Too small for the 8 ms steps of the presented figure: a quick reader run after it
  (10:15, 40 trials) read the same, pinned 32 / 56 ms, both cores 24 / 32, keystroke p95 12.1 (bare 17.0). The full
  run below is from before it.
- **Tried and dropped: handles in the card's flow instead of positioned.** A positioned box is a paint layer of its
  own, and the two handles are 1,000 of a 500-node map's ~1,500; hit testing walks the layers under the pointer (once
  per wheel step, and for hover whenever the map moves under a still pointer). With the handles \`position: static\`,
  centred by margins (geometry within 0.5 px, all 48 e2e specs passed), hit testing per wheel step fell 3.0–3.3 →
  1.2–2.0 ms and per remote move 2.6 → 0.5, but layerizing a pan frame (the view is its own layer while dragged) rose
  4.4 → 11.3 ms at 500 nodes and 16.7 → 41.5 at 2,000 (two alternations, traces per input; the 2,000-node pan p95
  33.3 → 66.7). Reverted.
- **Looked at, not done: drawing no text on cards at the least zoom.** The 500-node wheel zoom rasters every card's
  text at each scale (~1.5 px glyphs at the fitted zoom). Hiding the cards' text while zooming far out cut raster per
  wheel step by ~2–3 ms of 12–17 (alternating on one page, noisy); frames read 16.7–16.8 either way in that hour.
  It would change what the map looks like far out, for a figure that flips with the host's load (16.8 in other runs).
- **Sync ceiling, alone after the full run** (09:15, load 0.7): ours held 5,000/s (p99 6.7 ms, 0.46 core) and failed
  6,000/s three times (p99 65–67 ms, 0.75–0.84 core); the reference held 3,000/s and failed 4,000/s three times (p99
  44–354): 1.67×. The full run an hour earlier read 2,000 against 2,000 (ours failed 3,000/s at p99 31–74 ms with the
  generator's own loop stalled up to 109 ms on the other core: the host).
- **The full run at 08:39 on this code** (\`pnpm bench\`; the web app is unchanged since the last session, the bench
  opens its pages in the taller window):

  | | previous (07:01) | 08:39 | Goal |
  |---|---|---|---|
  | Ceiling: ours / reference / Hocuspocus | 4,000 / 1,000 / 1,000 (4.00×) | 2,000 / 2,000 / 1,000 (1.00×; alone 5,000 / 3,000) | ≥ 2× / ≥ |
  | Fan-out p99 at 1,000/s; acked updates lost | 1.65 ms; 0 of 7,496 | 1.02 ms; 0 of 7,498 | ≤ 10; 0 |
  | Highlight presented p50 / p95, pinned / both cores | 32 / 56; 24 / 48 | 32 / 56; **24 / 32** ms | ≤ 50 |
  | Keystroke → next frame p95 (bare) | 13.8 (15.3) | 13.6 (14.9) ms | ≤ 16 |
  | Reader open (bare page) | 1,245 (281) | 1,294 (342) ms | |
  | Canvas 500: drag / pan / zoom / in-stop-out / remote | 16.8 / 16.8 / 33.3 / 16.8 / 16.8 | 16.8 / 16.8 / 33.3 / 16.8 / 16.8 | ≤ 16.7 |
  | Canvas 2,000: drag / pan / zoom / in-stop-out / remote | 16.8 / 33.4 / 33.3 / 33.3 / 16.8 | 16.8 / 33.3 / 33.3 / 33.3 / 16.8 (bare 50.0–100.0) | ≤ 33 |
  | SVG / PNG 2× server / browser | 46 / 823 / 1,415 | 49 / 1,087 / 1,465 ms | ≤ 300 / 1,500 |
  | Memory: RSS per doc (200 × 200 KB); after 10,000 rooms | 2.3×; −2 % | 1.9×; −6 % | ≤ 25×; ± 10 % |
  | Layout 200 / 1,000 nodes | 79 / 402 | 63 / 264 ms | ≤ 150 / 1,500 |
  | Initial JS gzip; sample room interactive | 248.0 KB; 872 ms | 248.0 KB; 815 ms | ≤ 250 KB; ≤ 1,000 |

  Misses: the pinned highlight p95 (56: the page's first highlights and two later ones at 56–64, one 8 ms step over),
  the 500-node wheel zoom (33.3 here, 16.8 in the check runs of this session), the ceiling ratio in that hour.

${findingsOfSession21Markdown}`
