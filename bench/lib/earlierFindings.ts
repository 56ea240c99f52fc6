/**
 * The findings of the sixth to second sessions, newest first: findings.ts prints them
 * after the later sessions'. Written by hand; the figures are those sessions' own.
 */
export const earlierFindingsMarkdown = `### Sixth session (19:50–22:50 the same day; load average 0.1–2.7)

- **Export, PNG 2× on the server: 7.4 s → 3.3 s. resvg-js reads the font's whole file for every glyph.** \`strace\` of one
  render counted 88,202 opens of DejaVuSans.ttf, and \`perf\` put 45 % of the time in the kernel copying file pages: the Node
  binding of resvg-js (2.6.2, and 2.7.0-alpha.2) keeps fonts as file paths and reads the file again per glyph outlined. The
  fifth session's "fontBuffers: same" was not a measurement: \`fontBuffers\` is not an option of the Node binding and was
  ignored. Per glyph: whole DejaVu Sans (757 KB) 43 µs, Liberation Sans (410 KB) 12 µs, DejaVu cut to the glyphs drawn (~20 KB)
  6 µs. The server now cuts DejaVu (regular and bold) to the SVG's characters with subset-font (hb-subset in wasm, ~20 ms a
  render, ~0.3 s on a thread's first use) and hands resvg those files (\`export/subsetExportFonts.ts\`); a test checks the
  pixels equal the whole font's. Parse 4.8 → 0.8 s; render 1.5 s and PNG encoding 1.1 s are left. Full runs: 3,377 / 3,285 ms,
  6.70× / 6.71× faster than html-to-image (goal 3×; the ≤ 1.5 s goal is met by the browser path, 1,013 / 1,062 ms).
  Measured and not kept: sharp 0.35.5 (librsvg 2.63) 23.5 s; @napi-rs/canvas (Skia's SVG) draws in 0.63 s but encodes the PNG
  in 4.1 s, and drops the arrowheads (markers) and the kind labels' letter-spacing.
- **The server's PNG render blocked every room.** \`renderPng\` ran resvg on the event loop: exporting a 500-node map at 2×
  stopped all sync for 7 s. It now runs on a PNG thread (\`export/pngWorker.ts\`, nice 10, like the fold thread); a unit test
  mocks resvg on the main thread, so a render there fails it. A PNG over 16,384² pixels is refused with 413 and the scale that
  fits (a 500-node map at 4× is 301 megapixels and peaked at 2.8 GB RSS).
- **Opening a room: the sample room 1,076 → 745 / 814 ms; the 200,000-character room 1.6 → 1.2–1.3 s.** A trace of a cold
  open (WebSocket, IndexedDB and fetch wrapped in the page) showed the access check answered at ~0.22 s and the room connected at
  ~0.45 s. In between: React rendered the room page (~130 ms, one task), the session created in that render asked the server for
  the epoch again, then opened IndexedDB (list databases, open two, load), each step waiting for the main thread. Now
  \`startRouteChunks\` starts the session as soon as the page's own access check is granted, the session's first epoch check takes
  that answer (if under 10 s old), and on a room's first open in this browser (no remembered epoch, so no copy) the providers
  connect at once while the copy fills alongside. A returning browser still loads its copy first. The WebSocket is now created at
  ~0.28 s; unpinned, interactive 0.55–0.73 s (was 0.69–0.79). \`LocalRoomCopy.test.ts\` checks both orders (the new case fails
  without the change); the whole e2e suite passes.
- **Layout, 200 nodes: dagre's phases.** rank (network simplex) 35–43 ms, order 33–46 ms, position 15–19 ms, the rest ~10 ms;
  12 % of the time is GC. The tight-tree ranker cuts rank to 7.6 ms (74–86 ms in all) but gave longer links and, on two of three
  seeds, 20–28 % more crossings: not kept. The bench process's heap does not explain the spread between runs (a fresh process
  and one holding 469 MB lay out in 96–128 and 89–104 ms). Full runs: 121 / 116 ms (goal 150).
- **Canvas, 2,000 nodes, zoom.** Per wheel input our page spends less main-thread time than the bare page (29.1 vs 42.0 ms; the
  bare page's is layerize and hit-testing) but more raster (14.3 vs 8.3 ms). Zooming out, a step mounts ~15 nodes and ~40 links
  and takes 50–100 ms, up to 224 ms when a mark-compact falls in it; scavenges of 22–29 ms come with the mounts. p95 50.0 ms in
  both runs against the bare page's 33.4. Not changed this session.
- **Reader, keystroke p95 16.2–16.9 ms against the bare page's 15.4: the map shares the frame.** \`reader.ts --quick --trace\`
  with a style added before typing (a scratch hook, not kept): per key our main thread is busy 13.3 ms (bare 6.6), and 1.8 ms
  of it is \`PaintArtifactCompositor::Update\` (bare 0.1): Chromium re-layerizes the whole page's paint chunks on every frame,
  and the room's map has 500 mounted nodes, each with its own transform. With \`.react-flow__nodes\` hidden it is gone (11.4 ms a
  key, paint 3.1 → 1.4 ms); hiding the links, the nodes' tool icons, or their head, foot and handles (a CSS-only "far" node at
  the map's zoom of 0.2), \`contain: strict\` on the map, or \`will-change\` on
  its viewport did not change it; overriding each node's transform (nodes piled at the origin, for the measurement only) cut it
  to 1.15 ms, so the per-node transform is a third of it and the nodes' own paint chunks the rest. What would lead: fewer nodes
  mounted while the reader has the keyboard (a canvas-drawn overview when the whole map is fitted); trimming a node's
  content does not help.
- **The two full runs after these changes (20:44 and 21:02, load 0.1–2.3)**, in that order:
  - Sync at scale: fan-out p99 at 1,000/s 6.28 / 7.66 ms (reference 12.0 / 5.65). Ceilings: Warrant 2,000 / 2,000/s, reference
    1,000 / 1,000/s, Hocuspocus 1,000 / 2,000/s. By CPU, one core carries 6,618 / 5,945/s for us and 8,417 / 7,826/s for the
    reference (0.79× / 0.76×).
  - Saved ack p99 at 1,000/s 6.31 / 3.10 ms; 0 of 7,496 acknowledged updates lost after kill -9 in both.
  - Canvas, 2,000 nodes: drag 33.3 / 33.2 ms; pan 50.0 / 50.0 (bare 50.1 / 50.1); zoom 50.1 / 50.0 (bare 33.4 / 33.4);
    remote 33.4 / 33.3. 500 nodes: every phase 16.7–16.8 ms.
  - Reader: keystroke → next frame p95 16.9 / 16.2 ms (bare 15.4 / 15.4); highlight → node p95 41.4 / 48.2 ms in the DOM.
    Open the 200,000-character room 1,311 / 1,218 ms (bare 327 / 293). Open the sample room 745 / 814 ms.
  - Layout 121 / 116 ms (200 nodes), 708 / 731 ms (1,000). SVG 22 / 26 ms. PNG 2×: browser 1,013 / 1,062 ms, server 3,377 /
    3,285 ms. Memory 11.9× / 11.1× the encoded size. Initial JS 240.0 KiB gzip.

### Fifth session (17:27–20:27 the same day; load average 0.2–2.7)

- **Canvas 2,000 nodes, pan: the pane now captures the pointer.** A trace of the pan (\`CANVAS_PHASES=pan CANVAS_SIZES=2000
  npx tsx canvas.ts --profile\`) showed 8.5 ms of hit-testing per mouse move: Chromium hit-tests every move against the ~800
  nodes under the pointer, although the pan ignores them. \`useViewMotion\` now calls \`setPointerCapture\` on the pane when a
  background drag starts (released by the browser on pointerup), so moves go to the pane without a hit test. Per pan move:
  main thread 52.0 → 27.1 ms (hit test 8.5 → 2.3, layerize 18.5 → 7.1 — nodes no longer change hover state under a moving
  pointer — script 12.3 → 9.8); long tasks in the 2-s pan 33 (2,446 ms) → 18–20 (1,286–1,427 ms); the bare page has 124 (8,085
  ms). Pan p95: 33.4 ms in a run alone (was 50.0), 50.0 ms in the first full run after it. e2e \`hoverAndReveal.spec\` checks
  the capture during a pan, its release, and that the view moved by the drag (fails without the change).
- **Canvas 2,000 nodes, zoom: nodes entering the view.** Per wheel step, zooming in costs 20–40 ms and zooming out 45–100 ms:
  each step out mounts ~15 nodes and ~40 links (3.6 + 12 a frame). One 95 ms step: React 23 ms (mount), style 11 ms (~2,000
  new elements), layout 12 ms (2,242 of 11,830 objects dirty), paint 7, layerize 6, commit 11. Two experiments, not kept:
  node content cut to card, kind, text and author (no tools, badges, accessible name): p95 50 ms (66.7 before, one run); an empty
  card of fixed size: 33.4 / 49.9 ms in two runs. So our node component is not the cost: React Flow's wrapper per node (its
  store selectors run on every viewport change) and one \`<svg>\` root per link are. The bare page mounts all 2,000 nodes up front
  and spends ~45 ms a step on layerize and hit-testing, but spread over two frames. What would lead: links drawn into one
  \`<svg>\` (a React Flow change) or a canvas-drawn overview below ~0.4 zoom, where text is unreadable anyway.
- **Export, PNG 2× in the browser: the bench had pinned it to one core.** The sections before it pin the bench process, and so
  the Chromium it launches, to the load core; the SVG image decode and the PNG encoder then shared one core with the page.
  Alone, on both cores: decode 0.13–0.21 s, draw 0.25–0.41 s, \`toBlob\` 0.35–0.56 s; 0.85–1.0 s in all (1.7 s pinned). The
  export section now unpins itself (\`unpinSelf\`; no server is measured there), for ours and the peer alike.
- **Export, PNG 2× on the server (resvg 7.5 s): the time is text.** \`new Resvg(svg)\` (parsing, text → paths) takes 4.8 s of it,
  the same at scale 1; render 1.6 s, PNG encode 1.0 s. The cost is per glyph, ~45 µs with DejaVu Sans (9,000 glyphs: 0.41 s;
  Liberation Sans 13 µs). It is not the font file being read per glyph (\`fontBuffers\`: same — wrong, see the sixth session), not the font's size (subset to the
  glyphs used, 11 KB: same), not kerning or ligatures (off: same). The map has ~200,000 glyphs. Left: it would take a different
  rasteriser or font, or splitting the map into bands rendered on both cores (~2× at best, still over 1.5 s).
- **Opening the 200,000-character room: 2.6 s → 1.5 s.** A CPU profile of an open (unminified build) showed the text at ~0.5 s
  and the highlights only at ~2 s, although they were applied at ~1.46 s. The map doc's sync (~0.4 s after the text doc's)
  carries the 500 nodes and the anchors in one task. The reader's highlights were applied in that task, and so was React's mount
  of the 500-node map: 0.45 s of render and commit in a microtask, then 0.2 s of style and layout. Only after that could the
  browser paint. Now a map over 100 nodes is handed to React Flow one painted frame after its nodes first arrive
  (\`useMountAfterPaint\`), so the reading, its highlights and "Saved" paint first and the map mounts right after. Reader bench
  (\`--quick\`): open 1,476 ms (text 512–551, highlights 1,448–1,469, Saved 1,476–1,488); bare TipTap 0.30 s. The map's first
  node shows 1.75–2.2 s after navigation, about when it did before. What is left is spread, with no single cause:
  - Yjs applying both docs: 0.29 s, plus 0.06 s encoding the update again for the local copy's listener;
  - React's map mount: 0.49 s render, 0.23 s commit, 0.16 s effects;
  - ProseMirror: 0.15 s.
- **The two full runs after these changes (18:32 and 19:05, load 0.2–1.0)**, in that order:
  - Canvas, 2,000 nodes: pan p95 49.9 / 33.4 ms (bare page 50.1 / 50.1), with 19–20 long tasks (1,458–1,538 ms; bare page
    119–125, ~8,000 ms); zoom 50.0 / 33.4 ms (bare 33.4 / 33.4); drag 33.3 / 33.3; remote 33.3 / 16.8. The long tasks left are
    nodes entering the view. 500 nodes: every phase 16.7–16.8 ms.
  - Reader: keystroke → next frame p95 15.3 / 16.1 ms (bare 15.5 / 15.3); highlight → node p95 36.9 / 38.7 ms in the DOM.
    Open the 200,000-character room: 2,588 ms before the map waited for a paint, 1,602 ms in the second run (text 521–724,
    highlights and Saved 1,557–1,765; bare 0.32 s). Open the sample room: 867 / 1,051 ms; alone afterwards 971 and 993 ms
    (loads 818–1,070). It sits at its 1 s goal.
  - Layout: 126 / 159 ms for 200 nodes (goal 150), 753 / 740 ms for 1,000.
  - Export: SVG 26 / 21 ms. PNG 2× in the browser 1,372 / 1,086 ms (unpinned; met). PNG 2× on the server 7,354 / 7,403 ms
    (missed; 2.92× / 2.99× faster than html-to-image, goal 3×).
  - Sync at scale: fan-out p99 at 1,000/s 18.1 / 8.15 ms (reference 4.67 / 5.16).
    - Ceilings: Warrant 2,000 / 2,000/s, reference 1,000 / 2,000/s, Hocuspocus 2,000 / 2,000/s.
    - By CPU, the rate one core carries: ours 6,176 / 7,513/s, the reference's 8,096 / 8,792/s (0.76× / 0.85×).
    - These rows move this much between runs on this shared machine.

### Fourth session (15:15–18:15 the same day; load average 2–3.5)

- **Reader, two layouts per keystroke → one.** The comment-count badge was a ProseMirror widget at each highlight's end.
  ProseMirror marks a zero-width widget that touches the changed text node dirty and draws it again, so typing right after a
  highlight removed and re-added it: a second style recalc and layout per key. The badge is now a span around the highlight's
  last piece (from the last highlight edge or text-node start before its end), so it splits no text and the hover ring keeps no
  seam; its count is still a CSS \`::after\` rule. A click on the count opens the threads, a click on the character places the caret
  (e2e). Highlights now also get an element each where they overlap (\`nodeName\` decorations): ProseMirror had merged overlapping
  highlights' attributes into one element, keeping one node id by decoration order. Trace of 100 keys (\`reader.ts --quick
  --trace\`, paired runs): layouts 202 → 103 (bare page 100), style recalcs 102 → 3, main thread per key 18.2 → 14.3 ms (bare
  6.7–8.3). What is left over the bare page is script (Yjs, y-prosemirror, collaboration: 5 ms vs 1.5) and
  \`PaintArtifactCompositor::Update\` 1.9 ms vs 0.1: with the map hidden it is 0.2 ms, and with the map's node transforms
  replaced by left/top 1.2 ms — layerizing the 500-node map beside the reading on every frame. Not changed.
- **Reader, highlight → node.** A CPU profile of the highlight trials (unminified build) showed react-dom's commit saving the
  selection of the focused element: for a contenteditable it computes the caret's character offset by walking every DOM node
  of the editor before the caret, on every commit of any root while the reading has focus (\`commitBeforeMutationEffects\`
  25.7 ms over 5 trials). React restores that selection only when a commit moved focus, and ProseMirror owns the editor's DOM,
  so the editing host now reads as not editable to script (\`hideEditingHostFromReact\`; the attribute is untouched): 25.7 → 0 ms.
  What remains per trial: React Flow adopting the nodes array (~6 ms at 500 nodes), the map's React commit, ProseMirror
  setting the DOM selection (\`collapse\` ~5 ms in a 200,000-character document). Tried and not kept: patching the highlight
  \`DecorationSet\` (remove/add only what changed) instead of building it afresh — ProseMirror's view update did not get
  cheaper (\`updateStateInner\` 51 → 48 ms over 5 trials) and the diff cost more than it saved.
- **Layout stability met.** Tidy records where it left every node (\`applyTidy\`, in the map doc's \`tidied\` map, so everyone in
  the room shares it). When at least half the map is still there, the next tidy keeps those nodes and places the rest where the
  full layout puts them next to their nearest kept neighbour, sliding right past overlaps (\`placeAmongKept\`). One added leaf
  moves 0 of 200 and 0 of 1,000 nodes (each engine alone: dagre 186 / 1, elkjs 200 / 1,000); the e2e tidy spec adds a linked
  node to a tidied 200-node map and checks that no other node moves (122 moved before). A node moved by hand goes back to its
  place, the lower end of a link added or removed since is placed again (the record keeps each node's parents), so is a node that
  one grown since (its text edited) now covers, and a map
  mostly moved since is laid out afresh.
- **Sync server: capacity measured without the generator's tails.** The ceiling row is a p99 over 8 s, and in paired runs both
  Warrant and the reference passed 6,000/s in one run and failed 3,000/s or 4,000/s in another, with p50 under 1 ms: the tails
  are stalls, not saturation. Two changes: (1) the generator runs with \`--max-semi-space-size=64\` (its scavenges and the major
  GCs they fed stalled it 60–235 ms at 4,000–6,000/s; its loop max is now 30–50 ms); (2) each server's CPU over the measured
  seconds is read from \`/proc/<pid>/stat\` (all threads; each server is pinned to one core) and fitted as fixed + per-1,000/s,
  giving the rate one core would carry. In quick paired runs: Warrant 0.30 / 0.46 / 0.52 core at 1,000 / 2,000 / 4,000/s, the
  reference 0.24 / 0.28 / 0.48. **2× the reference is not reachable by design**: per update both do the same socket work (a
  \`writev\` per receiving connection, ~13 µs each here, 24 % of the event loop at 6,000/s), and Warrant also validates, appends
  to SQLite and fsyncs. The main thread is only ~9 % busy at 1,000/s (profile), the writer thread 3.5 %; the rest of the 0.33
  core is kernel time (sockets, fsync). The profile's \`postMessage\` (125 ms in 8 s at 1,000/s, the writer's batches) is the
  writer thread running on the same core while the sampler charges the main thread's stack: packing each batch into one
  transferred buffer changed nothing (143 ms), so it was not kept.
- **Canvas 2,000 nodes, zoom**: an overscan (React Flow's visible-node rect widened to 2× the view) was tried by editing
  \`@xyflow/react\` in place: zoom p95 50 → 33.4 ms in one run, but nodes mounted per frame stayed at 3.6, pan did not change and
  the remote phase read 66.6 ms; not kept (it would be a patched dependency for a result one run could not separate from noise).
- **The full run after these changes (16:31, load 1.0–1.4)**: keystroke → next frame p95 17.7 ms (bare 15.0): the main thread
  does a quarter less per key, but the frame p95 did not follow in this run (15.1 / 19.6 / 17.6 in the three runs before).
  Highlight → node p50 25.4 ms, p95 52.7 ms. Server capacity by CPU: Warrant 0.09 core + 0.126 core per 1,000/s → 7,231/s
  on one core; the reference 0.03 + 0.124 → 7,791/s (0.93×: the same cost per update, a higher fixed cost — heartbeat,
  timers, the writer thread); Hocuspocus 0.17 + 0.148 → 5,584/s. All three p99 ceilings read 2,000/s in this run, with the
  generator's longest stalls at 100–170 ms inside the failed rates. Canvas 2,000 nodes: zoom 66.6 ms (bare 33.4), pan 50.1
  (bare 50.1). Layout: one added leaf moves 0 of 200 / 0 of 1,000 nodes.
- **Product, found while looking at screenshots**: the room header's tools took their flex layout from the outline's lazily
  loaded CSS, so in map view (the default) the role chip and avatars stacked out of the header at every width. Fixed, with an
  e2e check at 1,400 and 1,024 px. The person palette no longer contains the kind colours (colour by author could pass a node
  off as another kind).

### Third session (13:00–15:00 the same day; load average 1.4–2.5, the quietest yet — the first full-scale run)

- **Sync server at scale (2,000 clients / 500 rooms), before → after.** The first full run had Warrant's ceiling at 500/s against the
  reference's 1,000/s (p99 at 1,000/s 84.9 ms vs 6.29 ms). Server CPU profiles (\`BENCH_SCALE_TARGETS=warrant BENCH_CPU_PROF=… npx tsx
  syncScale.ts\`, busy stretches of the main thread, not just top self time) showed two stalls of our own making:
  1. the heartbeat pinged all 4,000 sockets in one loop every 30 s: **270 ms** of \`ws\` ping writes. Now a slice of the sockets
     each second, and only sockets silent since their last beat are pinged at all (a talking peer is alive);
  2. an idle 2 MB doc unloading encoded its snapshot on the event loop: **79 ms**. Folding now runs on a fold thread started by the
     writer (nice 10); the writer commits its snapshot only if the last row it covers is still there, so a newer compaction or a
     deleted room is never undone (tests for both, and one that fails without the guard).
  Un-acked batches now commit ≥ 25 ms apart instead of 4 ms (fewer fsyncs: their completions are routed to core 1, the load
  generator's). The remaining tails were the **load generator's** own GC pauses (200–450 ms), and only in the first server measured:
  each server now gets an unmeasured warm-up and the generator a full GC before each rate, and the generator's longest stall per
  rate is printed next to the results. Paired runs after (Warrant / reference, p99): 1,000/s 6.6–9.4 / 4.7–7.4 ms; 2,000/s
  12.3–16.0 / 12.1–12.9 ms; 3,000/s 15.0 / 184 ms; 4,000/s both 230–470 ms with the generator's loop itself at p99 70–400 ms.
  With those generator runs **p99 ≤ 10 ms at 1,000/s was met** (6.6–9.4 ms) and the ceiling matched the reference (3,000/s each,
  Hocuspocus 2,000/s). But at 4,000/s the generator itself was saturated (it applied every update once per receiving connection):
  receiving raw clients now decode each update (\`Y.parseUpdateMeta\`) and track clocks instead of applying it. With that
  generator (its loop p99 16–21 ms at 4,000/s, was 70–400 ms) **both servers saturate between 3,000 and 4,000/s**: Warrant
  3,000/s at p99 12.8–13.7 ms, 4,000/s 229–285 ms; the reference 3,000/s 11.0 ms, 4,000/s 239 ms (two runs, both orders).
  **"2× the reference" is missed: the ceilings are equal.** Per update both servers do the same socket work (one \`ws\` send,
  one \`writev\`, per receiving connection), which is most of the event loop's time at that rate; Warrant adds an append and a
  validation decode and still keeps up. The 1,000/s p99 with this generator read 11.8 / 15.2 / 8.9 / 56.6 ms in four runs
  (reference 10.9 / 38.8 / 10.6 / 16.1): around the 10 ms goal for both, with stalls of the machine and of the generator
  (its loop max 24–66 ms) in the same windows; **the goal is met in some runs, not reliably**. At 6,000/s (overload) Warrant's
  p99 is 1.0 s against the reference's 0.44 s: it does more per update (append, validation) and falls behind sooner.
- **Next for the reader** (profile of 100 keystrokes, \`reader.ts --quick --profile\`, READER_TRACE_DIR keeps it): the largest
  single cost over the bare page is a forced layout per key, 1.9 ms, from ProseMirror's \`scrollToSelection\` →
  \`coordsAtPos\` → \`getClientRects\` after each typed character (the bare page pays it too, but its layout is cheaper);
  main-thread layout 4.0 ms a key vs 0.6. The session's per-update I/O (WebSocket \`send\`, BroadcastChannel \`postMessage\`,
  localStorage \`setItem\` of the pending count) showed as ~1.4 ms a key. Tried: local updates sent after the frame (merged),
  with \`PendingChanges\` marking a change sent only when it went out; all 41 e2e specs passed, but paired trace runs
  (before/after/before/after) showed no difference (main thread 17.5 / 18.1 / 18.5 / 19.0 ms a key, keystroke p95 16.0 / 17.7 /
  20.3 / 18.6 ms), so it was not kept. The forced layout is the lever left: a trace with invalidation tracking
  (\`disabled-by-default-devtools.timeline.invalidationTracking\` and \`.stack\`) shows **two layouts per keystroke** (202 for
  100 keys, 1.5–2 ms each over ~10,000 layout objects, 13–19 of them dirty) where the bare page has one (100, 0.7 ms each). Per key,
  besides the typed text, one \`hl-badge\` widget (the comment-count mark at a highlight's end, \`reader/anchorHighlights.ts\`) is
  removed from the DOM and added again by ProseMirror's view update, although its decoration has a stable \`key\`
  (\`contenteditable=false\` on it was tried: no change). The likely cause is that ProseMirror reads a typed character back
  from the DOM and marks the parsed range of the paragraph dirty, so the widgets in it are redrawn; the bench types at the end of
  a paragraph that has highlights. Drawing the badge without a widget (e.g. CSS on an inline decoration over the highlight's
  last character) should remove one of the two layouts.
- **Reader**: keystroke → next frame p95 15.1 ms (bare TipTap 15.2) in the full run — the goal is met without the batching
  that was planned; \`--quick\` runs read 16.2 vs 15.7.
- **Status badge**: it flipped Saving… / Saved on every keystroke and drag frame (two extra frames, and a live region speaking
  each flip). It now holds "Saving…" until the status has read Saved for 300 ms, never shows Saved early, and does not hold
  while the room opens (\`session/SettledStatus.ts\`, tests).
- **Canvas**: a move-only transaction (drag, remote move, tidy) now reuses the previous snapshot's links, junctions and anchors
  instead of re-deriving and re-sorting the whole map (\`moveSnapshot.ts\`; it was a fifth of a remote move's script at 2,000
  nodes). \`canvas.ts\` alone (CANVAS_SIZES=2000) at 2,000 nodes: drag 33.4 (bare 33.4), pan 50.1 (bare 50.1), remote 33.3
  (bare 33.4) — the full run's remote p95 of 133 ms was one 285 ms long task that did not recur; zoom 50.0 vs 33.4 (nodes
  entering the view mount, 3.6 a frame). 500 nodes: every phase at the bare page's p95 (16.7–16.8 ms).
- **Layout**: the table's "ours" timed dagre at 1,000 nodes, which Tidy never uses (it switches to ELK above 300 nodes). Now
  "ours" is what Tidy runs: 1,000 nodes in ~700 ms (goal ≤ 1.5 s met), 200 in ~110 ms. Stability is missed by both engines
  (ELK's model-order options tried: 93–1,000 nodes still move, up to 4× slower); an incremental tidy is the way to "few".
- **Open the sample room**: 938 ms alone (goal ≤ 1 s), 1,172 ms in the full run right after the memory benchmark. A trace of the
  load: the main thread is busy ~260 ms of it (React's first render, module evaluation, the reading's ProseMirror view); the map
  socket opens 50–145 ms after the text socket because its open event waits for the renderer to finish applying the text
  (server-side both open in 2–4 ms). Not changed.

### Second session (10:00–12:30 the same day; the machine's load average was 4–12 throughout, so paired runs and CPU time were used)

- **Initial JS 347.6 → 238 KiB gzip (goal ≤ 250 KB met)**: zod → \`zod/mini\` in model and formats (347.6 → 330.8; a differential test
  of old and new schemas agreed on 2,768 record cases and 12,000 mutated readings/snapshots), the reader's own TipTap extensions instead
  of StarterKit (→ 323.3; same schema, pinned by a test), the map pane (React Flow + map code) its own chunk requested as the page starts,
  in parallel with the reader, not a modulepreload (→ 250.0), the link mark's typing aids and linkify after the editor is made (→ 237.5).
  The sample room's total (every script fetched until interactive) 351.0 → 328.9 KiB, reported in its own row. The access check now
  also starts with the page. Paired, interleaved cold opens of the sample room, before → after: 861 → 819, 1,058 → 982, 852 → 739 ms.
  The service worker keeps every chunk (a build list, asset-manifest.json), so the lazy map still opens offline after one visit.
- **Server** (syncScale, medians of 6 alternating before/after runs at load 6–10): fan-out p99 at 250 / 1,000 / 2,000 updates/s
  81 / 331 / 776 → 59 / 247 / 633 ms; connect + initial sync p50 10 KB / 200 KB / 2 MB 28 / 41.5 / 259 → 16.7 / 33 / 205 ms (now at or
  under the reference in this run's table); RSS per loaded doc 57.5 → 43 KB. Causes from the profile: a \`postMessage\` to the writer
  thread per update (13 % self time) → one post per group commit; per-connection closures/timers → shared; sync step 2 encoded once per
  unchanged doc; JWT signing through WebCrypto queued behind the event loop when rooms are created → node:crypto HMAC (byte-identical to
  jose's, tested; verification stays jose's) and one verification per token; compaction weighed against the snapshot size. Tried and
  reverted: compaction on the writer thread (saved-ack p99 68–407 ms) and a nice +10 writer (starved behind other processes).
  The 100–200 ms stalls at 1,000/s are mostly from outside the server (an idle process pinned to the same core stalled at the same
  moments); disk-interrupt completions are routed to core 1, the load generator's core, which only Warrant and Hocuspocus (they write)
  pay. The p99 ≤ 10 ms and "2× the reference" goals need a quiet machine to settle.
- **Canvas** (500 nodes, \`canvas.ts --quick\` run alone at load 8 after the map changes; the full run's canvas rows above were taken
  at load 8–12 with other benchmarks beside it): drag p95 33.3 ms (bare page 16.8, 1.98×; before 33–50), pan 33.3 vs 33.2 ms (1.00×;
  before 50–100 vs 16.8), zoom 50 vs 33 ms, remote mover at 30 Hz p95 33.4 ms (bare page 149.9 in that run; before 50–67).
  Changes (traces, not guesses): hidden handles and tool icons transparent / visibility-hidden instead of opacity 0 + translated, the
  accessible-name span hidden rather than clipped, no blur in the resting shadow (less paint and layerize per node); while the view is
  dragged the canvas is its own layer, so a pan frame moves it instead of repainting every node; nothing on the canvas takes the
  pointer (hover) while panning or zooming; the echo of this browser's own drag no longer touches React Flow's store; evaluation,
  find and collapse stores hear the room once and pass on only structural changes; remote pointers portal into a viewport found once.
- **Reader** (CPU time per keystroke from Chrome timeline traces, \`reader.ts --trace\`, which load barely moves): 24–29 → 20–26 ms
  (bare TipTap 7–9). Changes: \`content-visibility: auto\` on the reading's blocks once laid out (exact scroll height kept), the
  caret published once a frame after it, comment-badge CSS rebuilt only on comment/anchor changes, no per-keystroke span copies, and the
  status badge written without a React commit (React restores the editor's selection by walking its DOM on every commit; it was 20 % of
  a keystroke's script). Fixed on the way: a remote change inside the 250 ms typing pause wrote this person's highlight moves back at
  stale positions. What is left is per-update work in the session (WebSocket send, BroadcastChannel, localStorage pending count,
  IndexedDB) — batching it per frame needs a flush before every remote update, undo and highlight, and was not done.

- **Since then (same day): the SQLite writer moved to a worker thread** (apps/server/src/storage/sqliteWorker.ts, its own connection;
  loads and the registry stay ordered with it). Fan-out p99 at 1,000 updates/s (syncScale --quick, Warrant's run on a quiet machine):
  12.5 ms before → 7.5 ms after in one A/B pair; later single runs gave 11.5 ms and, on a loaded machine, 165 ms — the 2-core VM's
  variance is larger than the effect, and the server and its writer thread share the one core the harness pins the server to.
  The reference server swung between 7 and 62 ms p99 at 1,000/s across the same runs. Rerun several times before reading a ratio.
- **Start-up and baseline memory**: the server now loads the converters and renderers (pdf.js, mammoth, @argdown/core, happy-dom,
  resvg, pdfkit) on first use: start 2.7 s → 0.6 s, RSS after start 265 → 121 MB. Heap after opening and closing 400 rooms grows
  ≈ 2.4 KB per room (1 MB in all) — no retained docs; the RSS growth in "Memory and size" is allocator and SQLite cache, not the heap.
- **Canvas since the profile below**: dots drawn by the pane's CSS instead of React Flow's moving SVG pattern, the minimap on request,
  presence no longer re-renders on this page's own pointer, and evaluation/search/collapse recompute only when the map's structure
  changes (MapSnapshot.structureVersion): pan p50 33 → 17 ms and remote-mover p50 50 → 17 ms in a quiet single run; p95 still ≥ 2× the
  bare page, most of it paint and raster in software rendering.
- **Layout**: the elkjs figures in the table above (12–14 s at 1,000 nodes) were made with ELK's model-order options
  (\`considerModelOrder\`, \`forceNodeModelOrder\`, \`LINEAR_SEGMENTS\`), added to keep layouts stable; they did not (1,000 of 1,000 nodes
  still moved when one leaf was added) and cost 10×. Removed: \`layout.ts --quick\` then gave dagre 160 ms / 1,187 ms and elkjs 433 ms /
  974 ms for 200 / 1,000 nodes (machine busy with a test run). Tidy uses dagre up to 300 vertices and ELK above.
- **Reader since the profile below**: while this person types, highlights follow each transaction's mapping and the full anchor pass
  (a walk of the 200,000-character reading and 500 re-resolutions) waits for a 250 ms pause (HighlightSync), and the map's orphan
  check waits likewise (OrphanStore). reader.ts --quick, same machine, before → after: keystroke → next frame p95 31.9 → 26.6 ms
  (bare TipTap 15.7), keystroke → after that frame p95 69 → 47 ms, highlight → node p95 74.6 → 47.6 ms (goal ≤ 50 ms met in the DOM).
  The rest is ProseMirror/y-prosemirror laying out and painting a 200,000-character document with 500 decorations.
- **Fan-out under load (before the writer thread; Warrant trailed its goal of p99 ≤ 10 ms at 1,000 updates/s).** \`BENCH_CPU_PROF=/tmp/prof BENCH_SCALE_ROOMS=60 npx tsx syncScale.ts --quick\`
  (Warrant server, \`node --cpu-prof\`), top self time: **\`sqliteTransaction\` (better-sqlite3 transaction.js) 21 %**, (idle) 30 %, GC 5.5 %, \`writev\` 4 %, yjs \`write\`/\`integrate\` ≈ 2 %,
  \`SqliteStorage.ts:14\` 1 %. The group commit (\`SqliteStorage.commitNow\`, scheduled with \`setImmediate\`) runs the transaction **and its fsync
  (\`synchronous=FULL\`) on the main thread**: every tick with an update blocks the event loop for one fsync, and the fan-out of the updates
  that arrive meanwhile waits behind it. The y-protocols/yjs work itself is small. Levers: move the SQLite writer to a worker thread
  (fan-out never waits on disk; acks come back by message), or at least commit on a short timer (e.g. every 2–5 ms) instead of every tick so
  one fsync covers more updates; broadcast before appending.
- **Loading 200 × 200 KB docs**: 38 s against Warrant in one run on a loaded machine, 12 s in the next (the peer 19 s); noise,
  not a finding yet. Profile it before acting on it.
- **@y/websocket-server 0.1.1 never unloads docs without persistence** (its \`closeConn\` deletes a doc only when a persistence is set),
  so its RSS grows with every room ever opened: see "Memory and size".
- **Hocuspocus** loses everything sent in the last ~2–10 s on \`kill -9\` (its store is debounced) and acknowledges nothing.
- The load generator shares a noisy 2-core machine (load average 5–12 during these runs, other engineers' tests); its own event-loop delay
  is printed with each sync figure and is a large part of the fan-out tail.

- **Canvas (bench/canvas.ts) misses p95 ≤ 16.7 ms at 500 nodes and trails the bare React Flow page 2–4×.** \`npx tsx canvas.ts --quick --profile\`
  (CDP CPU profile of each of our phases, production bundle): drag p95 50 ms (peer 16.8), pan 66.7 ms (peer 16.8), zoom 33.5 ms (peer 16.8),
  remote mover at 30 Hz with the page idle 50 ms (peer 16.8). **(program) — native rendering work outside JS — is 49–65 % of the main thread
  in every phase**; the JS on top is React Flow's zustand selectors (\`useStore\` → \`useSyncExternalStore\`: the \`return e(t())\` selector
  thunk 2.5–7 % and React's \`checkIfSnapshotChanged\` \`Ts(t)&&Es(e)\` 1.6–3.3 %: every node and edge subscription re-runs its selector on each
  store change), and in the remote case the app's derived store (\`Ft\`, the junction/anchor pass over \`snapshot.nodes\` in RoomDerivedStore,
  1.8–2.8 %), a per-node comment-count selector (\`getComments()\` → \`'0/0'\`, NodeCommentBadge) and GC 7 %. A Chrome trace of the pan
  (\`browser.startTracing\`, devtools.timeline, 60 mouse moves): **Paint 1.57 s + RasterTask 1.48 s + HitTest 0.83 s + Layerize 0.44 s**
  against FunctionCall 0.43 s and Layout 0.06 s — panning repaints and re-rasters the pane on every move (software raster, same core) instead
  of moving a composited layer; suspects are the dotted \`<Background>\` (its pattern offset changes each pan; the peer has none) and the
  MiniMap's viewport rectangle, plus hit-testing the 500-node DOM on each mousemove. The drag trace: FunctionCall 1.26 s,
  FireAnimationFrame 1.16 s, **Layerize 1.11 s**, Commit 0.39 s, Paint 0.34 s — layer assignment over many composited node layers each frame.
  Renders per drag frame are *below* the ideal (0.02 node + 0.92 edge renders a frame for a node of degree 4: React Flow moves the node's
  wrapper without re-rendering ArgumentNodeView, and the edges re-render about once a frame), so the cost is not React re-renders but
  paint/layerize and selector fan-out. Levers: drop or memoise the Background/MiniMap during interaction (or \`onlyRenderVisibleElements\`),
  avoid per-node comment selectors on unrelated changes, keep node layers from multiplying (\`will-change\`/shadows on cards).
- **Reader (bench/reader.ts) misses keystroke p95 ≤ 16 ms and highlight → node ≤ 50 ms at p95.** 200,393 characters, 500 highlights:
  keystroke → next frame p50 16.6 / p95 29.6 ms vs bare TipTap 8.0 / 17.6 ms (1.68×); → after that frame 37.1 / 54.7 ms vs 12.0 / 22.4 ms;
  highlight (key 1) → new map node in the DOM p50 42.5 / p95 101.4 ms (to the next frame 58.8 / 131.1 ms); open (text + all 500
  highlights + "Saved") 1.81 s vs 0.34 s for TipTap alone. Profile of typing 100 characters: **(program) 60 %** (style/layout/paint of the
  200 k-character document with 500 highlight decorations), React DOM's selection restore \`bu\` (\`containerInfo … selectionStart\`,
  getSelectionInformation around each commit) 2.5 %, \`getClientRects\` 2.0 % (caret/selection-toolbar placement forcing layout),
  y-prosemirror's decoration/mapping pass (\`MO(e,t,o+n)\` → \`PO\`, index-…js:30) 1.5 %, \`DecorationSet.eq\` 1.4 %, \`getAnchorLayout\` 0.5 %.
  Levers: do not re-render React (and restore selection) on every text transaction, keep the highlight DecorationSet mapped instead of
  rebuilt and compared, and read caret geometry once a frame.

## Not measured yet, and why
- **Canvas at 2,000 nodes**: only in the full run (\`pnpm bench\`); \`--quick\` measures 500 nodes. The figures above are from
  \`npx tsx canvas.ts --quick\` / \`reader.ts --quick\` run alone; their sections appear in this file from the next \`pnpm bench\`.
- **Idle unload with the default 30 s timeout**: measured with \`idleUnloadMs: 2000\` to keep the run short; the figure is the time past the
  last client leaving, so compare it with the configured timeout.
`
