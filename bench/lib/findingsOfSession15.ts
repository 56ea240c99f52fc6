import { findingsOfSession14Markdown } from './findingsOfSession14'

/** The fifteenth session's findings (2026-11-29), printed after the newer ones in findings.ts. */
export const findingsOfSession15Markdown = `### Fifteenth session (15:48–18:48 on 2026-11-29; load average 0.8–2.7, other work on the host)

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
- **The full runs** (\`pnpm bench\`; this file holds the second, on the final code; the first ran before the tools'
  shared CSS rule and the worker's folding):

  | | 16:49–17:09 (load 1.7 → 1.1) | 17:29–17:49 (load 1.3 → 1.2) | Goal |
  |---|---|---|---|
  | Ceiling: ours / reference / Hocuspocus | 4,000 / 1,000 / 1,000 | 5,000 / 1,000 / 1,000 /s | ≥ 2× / ≥ |
  | Rate one core carries, by CPU (reference) | 6,367 (5,597) | 6,883 (5,894) /s | |
  | 200 active 200 KB docs: RSS per doc (reference) | 2.2× (10.8×) | 2.1× (10.6×) | ≤ 25× |
  | Durability: acknowledged updates lost | 0 of 7,497 | 0 of 7,497 | 0 |
  | Highlight presented p50 / p95 (first 10 / the other 30 p95) | 48 / 72 (88 / 64) | 40 / 72 (80 / 56) ms | ≤ 50 |
  | Keystroke → next frame p95 (bare) | 13.7 (15.0) | 13.2 (15.9) ms | ≤ 16 |
  | PNG 2×: browser / server | 1,631 / 953 | 1,317 / 1,225 ms | ≤ 1,500 |
  | Layout 200 / 1,000 | 115 / 943 | 157 / 949 ms | ≤ 150 / 1,500 |
  | Canvas 500: drag / pan / zoom / in-stop-out / remote (stock bare) | 16.8 / 16.8 / 33.3 / 16.8 / 16.8 (16.8 / 33.4 / 16.8 / 16.8 / 16.8) | 33.3 / 16.8 / 33.4 / 16.8 / 33.3 (16.8 / 33.3 / 16.7 / 16.8 / 16.8) ms | ≤ 16.7 |
  | Canvas 2,000: drag / pan / zoom / in-stop-out / remote (stock bare) | 33.3 / 50.0 / 33.4 / 50.0 / 150.0 (50.1 / 100.0 / 50.1 / 50.1 / 83.3) | 33.3 / 33.3 / 33.4 / 33.4 / 50.0 (50.0 / 99.9 / 33.4 / 50.1 / 83.4) ms | ≤ 33 |
  | Initial JS | 247.0 KB | 247.3 KB | ≤ 250 KB |

  - The second run's 500-node drag and remote rows (33.3) were 16.8 in the first. Paired runs of the remote phase with
    the folding change and without it (each built, traced, then measured; two rounds): main thread per remote move
    13.7 and 14.5 ms with it, 14.9 and 16.2 without; frame p95 50.0 and 33.3 with it, 16.7 and 33.3 without. Other work
    on the host, not the change. Drag in two runs after: 16.8, 16.8.
  - The 2,000-node pan and "zoom in, stop, zoom out" rows met 33 ms in the second run (50.0 in the first).

- **The long tasks that came and went on the 2,000-node map were y-indexeddb's trim: now folded in a worker.** A trace
  of 20 s of remote moves at 30 Hz, then a pause: 1 s into the pause the page ran a 152 ms task (IndexedDB's \`getAll\`
  of the ~600 updates stored since the last trim, each applied to the doc again inside one transaction) and then a
  112 ms one (\`encodeStateAsUpdate\` of the whole doc, written as one record). y-indexeddb starts it once 500 records
  are stored, 1 s after the last update, so it landed after any pause, in whichever bench phase came next (and in a
  seminar, whenever the room goes quiet); every update a browser hears is stored, remote moves included.
  - Now \`LocalPersistence\` writes the records itself and, at 500 records and 1 s of quiet, a worker folds them
    (\`compactStoredUpdates\`: the records applied to a fresh doc, its state written, the records deleted, in one
    readwrite transaction; a copy that is missing is not created). The same trace after: no task over 40 ms after the
    pause (the page's own start-up tasks only).
  - The 2,000-node remote row, in runs of the five phases: 116.7 and 150.0 ms before (four and three long tasks of
    ~115–125 ms), 33.4 after (three of ~60 ms). Pan at 2,000 still reads 33–50 ms: 16.4 ms of each pan input is
    layerizing, as nodes coming into view mount (0.43 a frame).
- **Browser PNG 2×, looked at:** a 75-megapixel picture is decode 230–320 + draw 600–740 + Chromium's PNG encoder
  740–790 ms. Encoding ourselves in workers cannot beat that encoder: on the same pixels fflate 0.8 took 5.3–5.5 s at
  levels 1–3, Node's zlib 0.69 s at level 1 and 2.3 s at 6 (the level CompressionStream uses). Left as is.

${findingsOfSession14Markdown}`
