import { findingsOfSession14Markdown } from './findingsOfSession14'

/**
 * What the profiles showed and what is not measured yet: written by hand after a profiling
 * run (see profileSummary.ts), printed at the end of BENCHMARKS.md by run.ts. Newest session
 * first; the fourteenth session is in findingsOfSession14.ts, the thirteenth in findingsOfSession13.ts, the twelfth in
 * findingsOfSession12.ts, the tenth and eleventh in findingsOfSessions10And11.ts, the seventh to ninth in
 * findingsOfSessions7To9.ts, the second to sixth in earlierFindings.ts.
 */
export const findingsMarkdown = `## Profiles and findings (2026-11-28 and 29, by hand; rerun to check)

### Fifteenth session (15:48–18:48 on 2026-11-29; load average 0.8–2.7, other work on the host)

- **A 500-node zoom step rasters 23–29 → 15–17 ms (the stock bare page: 12–13).** Traces of 40 wheel steps with one
  style added to the page at a time (two rounds each):
  - The resting card's faint shadow (\`0 1px 0\`, 6 % black) cost 5–8 ms a step, as much as the card's rounded corners
    had seemed to: Chromium draws a shadow outside a rounded box by clipping the box out, one complex clip per card.
    With no shadow, square corners save nothing more (15.0 against 15.4). The resting card now has none; selected, lit
    and dragged cards keep theirs. Screenshots at zoom 1 before and after: the same cards.
  - The collapse button ("−", bordered, on every card with reasons) cost 2–3 ms more. It is drawn only on a hovered,
    selected or focused node, as the pin already was; it keeps its place and stays clickable; "+N" always shows.
  - Looked at, no change within the noise: links' markers with \`overflow: visible\` (no clip per marker), 1 px
    borders, no borders, the kind and author lines hidden, the dotted background hidden (−1 ms).
  - The zoom row still reads 33.3 ms at p95 (three runs). Per wheel step our page spends 13.7–14.4 ms on the main
    thread (hit testing 3.4–4.4, layerizing 3.8–4.7) and 15–17 ms rastering, on the one core Chromium has; the stock
    bare page 17–19 and 12–13, and its p95 reads 16.8. The frames' pipeline stages are alike but for raster
    (\`EndCommitToActivation\` p50 20.6 against 13.0 ms, before the collapse button change).
- **Nodes placed by \`left\`/\`top\` instead of React Flow's \`transform\`: tried, dropped.** Layerizing a zoom step
  fell 5.2 → 3.7 ms and its hit test 4.5 → 3.4 ms, and a highlight's layerizing did not move (10.7–11.3 against 12.4);
  but a drag frame's main thread rose 19.7 → 25.9 ms and a remote move's 13.8 → 18.2 (each move lays the node out and
  paints it again, where a transform only moves it).
- **Highlight → node presented, where the time goes (traces of 15 highlights, then 8):**
  - The keydown task 11–20 ms (the model's transaction, placing the node, React's render of the map: React Flow's node
    list reconciles all 500 wrappers on an add); the frame's main-thread work 21–28 ms, of which the first layout is
    2.5–9 ms for 39 dirty objects out of 10,800: the document is the layout root (the new node's containing block is
    React Flow's viewport, and nothing above it is a relayout boundary); \`contain: layout size\` on the viewport did
    not change that, since the header's "Saving…" dirties the document in the same frame.
  - Then the commit, and 12–20 ms of raster on 7 tiles of the page's one layer before the frame is presented: the map
    tiles around the new node (3–9 ms each) and the header's.
  - Deferring the after-paint work (sending, storing, the highlight pass) one frame more, so raster has the core:
    no gain (48 / 72 and 48 / 80 against 40–48 / 56–80). Hiding every card's text: no clear change.
  - **Warm-up:** every run's first highlights are slower. The reader bench now reports them apart: the first 10 of 40
    p50 / p95 presented 48–56 / 56–88 ms (in the DOM 15–21 / 23–34), the other 30 40–48 / 56–72 (in the DOM 11 / 19–27).
    Trials started further into the reading show the same: it is the page's first highlights, not the place.
  - After the two raster changes, two 40-trial quick runs read 40 / 64 and 40 / 56 ms (before them this afternoon:
    48 / 64, 48 / 72, 48 / 80).
- **The full run** (\`pnpm bench\` at 16:49–17:09, load 1.7 → 1.1; this file holds it; the tools' shared rule came after,
  a CSS change with the same drawing):

  | | 17:09 | Goal |
  |---|---|---|
  | Ceiling: ours / reference / Hocuspocus | 4,000 / 1,000 / 1,000 /s | ≥ 2× / ≥ |
  | Rate one core carries, by CPU (reference / Hocuspocus) | 6,367 (5,597 / 4,905) /s | |
  | 200 active 200 KB docs: RSS per doc (reference) | 2.2× (10.8×) | ≤ 25× |
  | Durability: acknowledged updates lost | 0 of 7,497 | 0 |
  | Highlight presented p50 / p95 (first 10 / the other 30 p95) | 48 / 72 (88 / 64) ms | ≤ 50 |
  | Keystroke → next frame p95 (bare) | 13.7 (15.0) ms | ≤ 16 |
  | PNG 2×: browser / server | 1,631 / 953 ms | ≤ 1,500 |
  | Layout 200 / 1,000 | 115 / 943 ms | ≤ 150 / 1,500 |
  | Canvas 500: drag / pan / zoom / in-stop-out / remote (stock bare) | 16.8 / 16.8 / 33.3 / 16.8 / 16.8 (16.8 / 33.4 / 16.8 / 16.8 / 16.8) ms | ≤ 16.7 |
  | Canvas 2,000: drag / pan / zoom / in-stop-out / remote (stock bare) | 33.3 / 50.0 / 33.4 / 50.0 / 150.0 (50.1 / 100.0 / 50.1 / 50.1 / 83.3) ms | ≤ 33 |
  | Initial JS | 247.0 KB | ≤ 250 KB |

  The 500-node "zoom in, stop, zoom out" row met 16.8 for the first time in a full run (33.4 in both of last session's).
  The 2,000-node remote row read 150 ms with three long tasks of ~125 ms; runs of that phase alone this afternoon read
  116.7 (four long tasks), then 33.3 (one of 70 ms): long tasks that come and go, not traced yet.
- **Found, not changed: the long tasks that come and go on the 2,000-node map are y-indexeddb's trim.** A trace of 20 s of
  remote moves at 30 Hz, then a pause: 1 s into the pause the page runs a 152 ms task (IndexedDB's \`getAll\` of the
  ~600 updates stored since the last trim, each applied to the doc again inside one transaction) and then a 112 ms one
  (\`encodeStateAsUpdate\` of the whole doc, written as one record). y-indexeddb starts it once 500 updates are stored,
  debounced 1 s after the last update, so it lands after any pause, in whichever bench phase comes next (and in a
  seminar, whenever the room goes quiet). Every update a browser hears is stored, remote moves included. The next lever:
  compact in a worker (read the records, \`Y.mergeUpdates\`, write one, delete the rest, in one readwrite transaction),
  keeping what y-indexeddb's trim keeps (records another tab of the room wrote); not done this session, since a
  mistake there loses words.
- **Browser PNG 2×, looked at:** a 75-megapixel picture is decode 230–320 + draw 600–740 + Chromium's PNG encoder
  740–790 ms. Encoding ourselves in workers cannot beat that encoder: on the same pixels fflate 0.8 took 5.3–5.5 s at
  levels 1–3, Node's zlib 0.69 s at level 1 and 2.3 s at 6 (the level CompressionStream uses). Left as is.

${findingsOfSession14Markdown}`
