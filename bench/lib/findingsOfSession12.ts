import { findingsOfSessions10And11Markdown } from './findingsOfSessions10And11'

/** The twelfth session's findings (2026-11-29), printed after the newer ones in findings.ts. */
export const findingsOfSession12Markdown = `### Twelfth session (08:48–11:48 on 2026-11-29; load average 0.2–2, other work on the host)

- **Server PNG 2×: 1.5–1.7 s → 1.0–1.4 s. The strips are painted on Skia (@napi-rs/canvas 1.1.1), not by resvg.** Per strip
  of the 500-node map (13,056 × 2,800 px), resvg took ~1.4 s: parsing the glyph outlines 0.2 s, and a render of ~1.3 s of
  which the text was ~1.0 s (the strip without its text rendered in 0.45–0.49 s). resvg fills every glyph's outline again;
  Skia draws text from a glyph cache. Measured in one process, per strip: Skia's canvas with \`fillText\` drew the strip in
  0.03 s of calls and rasterised it in 0.25 s on flush; Skia's own SVG reader (\`Image\` from the SVG) took 0.44–0.67 s to
  load and 0.94–1.6 s to draw, since our text reached it as outlines; canvg 4.0.3 on the same canvas took 0.2 s to parse,
  0.7 s to render and misplaced the arrowheads.
  - Now \`export/paint/paintSvg\` reads the strip's SVG with saxes and draws each element on a Skia canvas: rect, circle,
    path with its end marker (turned with svg-pathdata's tangent at the end), text and tspan (size, weight,
    letter-spacing), g with transforms, defs and marker. Anything else throws, so a picture never silently lacks part of the
    map. DejaVu is registered by file in each PNG thread (\`registerExportFonts\`), and Skia falls back to the system fonts for
    characters DejaVu lacks (Arabic and Hebrew are shaped right to left; no CJK font is installed here, for Skia as for resvg).
  - Per strip now: reading and drawing 0.08–0.13 s, Skia's rasterisation 0.17–0.25 s, copying the pixels out 0.15–0.22 s,
    deflate ~0.3 s. Whole PNG, warm, in one process: 917–995 ms (before: 1.5–1.7 s). The full run below: 1,040–1,381 ms over
    five renders (median 1,225), 2,050 ms for the first (it starts both threads and loads Skia and the font in each).
  - Reading the pixels in 4 MB pieces (\`getImageData\`) instead of one \`canvas.data()\` copy: 245–258 ms against 214–220,
    not kept.
  - Tests: \`paintSvg.test.ts\` holds a whole map (every link kind, a junction with its scheme, an orphan, a title, a legend,
    Greek and Cyrillic) to resvg's pixels: ≥ 98 % of channel values equal, and no 24-pixel tile's mean off by 20 levels.
    Turning the arrowheads the wrong way moved a tile by 75 levels (the test fails), text's anti-aliasing moves one by ≤ 10.
    Smaller tests pin dashes, transforms, circles, rounded corners, an end marker's turn, text placement and letter-spacing,
    and the refusals. resvg-js is now a dev dependency (the reference in that test); harfbuzzjs and the glyph-outline code
    are gone. The PNG file is 10.8 MB (9.2 MB from resvg): Skia's text is anti-aliased differently.
- **Why both servers fail 3,000/s in the ladder: V8's marking of the docs' heap on one core** (\`BENCH_SERVER_NODE_FLAGS="--trace-gc"
  BENCH_VERBOSE=1\`, new). At 3,000/s our server scavenges every ~180 ms (7–12 ms each) and promotes ~1.5 MB each time, so the
  old generation grows ~8 MB/s. The mark-compact that came due during the 3,000/s run marked for 106.7 ms in 100 steps
  over 255 ms of wall time (biggest step 20 ms) and took the heap from 253 to 113 MB. V8's concurrent marking threads
  share the one core the server is pinned to. A CPU profile of the longest busy stretch at 3,000/s (297 ms without
  idle): GC 54 %, socket writes 18.5 %, the rest the usual update path.
  - A heap snapshot at the end of the ladder: 107 MB live in 1.6 M objects, almost all the 1,000 docs' Yjs structures (Item
    144,750; ID 150,137; ContentAny 95,493; YMap 23,500; their arrays and maps), plus the 4,000 sockets. Nothing is retained
    that should not be. Marking them is the stall; the reference holds the same docs and stalls the same way (its 3,000/s
    p99 296 ms in the run below, ours 276 ms).
  - So the ceiling row moves by chance: whichever server meets a mark-compact inside a measured 8 s fails that rate. In the
    run below the reference met one at 2,000/s (p99 74.7 ms) and the row reads 2,000 / 1,000 (2.00×). By CPU the two are
    level: 5,835 against 5,438 updates/s per core (1.07×). A steady 2× would take holding the docs off the V8 heap (binary
    state, merged off-thread), which changes what the server checks before it relays an update; not done.
- **Chromium is 150.0.7871.100 now** (Debian's bookworm package on this machine today; the last sessions measured 156). On it
  the 500-node canvas rows read p95 33.3 ms in drag and zoom in the full run and in a quick run (the bare page also 33.3 in
  two phases of the quick run), where 156 read 16.7–16.8; the browser's PNG 1,438 ms (987–1,312 on 156); highlight → node
  presented p50 / p95 48 / 72 ms (40 trials). No web code changed this session.
- **Measured and dropped, canvas:** the map pane without its dotted background (a CSS radial-gradient), two runs of the
  500-node phases (load average 1.0–1.9): drag, pan and zoom p95 33.3–33.4 ms as with it. The dots stay.
- **Found, not changed: the first export after a start loads the converters on the event loop.** \`exportRoute\` imports
  \`@warrant/formats\` (every converter: pdfjs-dist, mammoth, @argdown/core…) and the export modules on first use, through
  tsx: 2.0–2.2 s, during which the event loop paused 14 times for 20–91 ms (a 5 ms interval timer in a probe). Every room's
  sync sees those pauses once per server start. A first PNG of the sample room took 2.2 s, the next ones 80 ms. An entry
  point of \`@warrant/formats\` for export alone, or a build of the server, would shorten it; not done.
- **Full runs** (BENCHMARKS.md holds the 10:10 run: the final code but for a148e0b and 668afee, which register the fonts once
  per process and refuse a stroked text; load average
  0.6 → 1.4 at 09:31, 3.2 → 2.0 at 10:10, other work on the host):

  | Measure | 09:31 | 10:10 | Goal |
  |---|---|---|---|
  | Ceiling: ours / reference / Hocuspocus | 2,000 / 1,000 / 1,000 | 2,000 / 2,000 / 1,000 /s | ≥ 2× / ≥ |
  | Rate one core carries, by CPU (reference) | 5,835 (5,438) | 6,246 (6,247) /s | |
  | Fan-out p99 at 1,000/s (reference) | 5.15 (5.27) | 4.55 ms | ≤ 10 |
  | Highlight presented p50 / p95 (in the DOM p95), 40 trials | 48 / 72 (27.4) | 40 / 64 (21.7) ms | ≤ 50 |
  | Keystroke → next frame p95 (bare) | 13.4 (16.3) | 12.2 (15.4) ms | ≤ 16 |
  | PNG 2×: browser / server | 1,438 / 1,225 | 1,201 / 819 ms | ≤ 1,500 |
  | Layout 200 / 1,000 | 157 / 894 | 200 / 837 ms | ≤ 150 / 1,500 |
  | Canvas 500 drag / zoom p95 | 33.3 / 33.4 | 16.8 / 33.3 ms | ≤ 16.7 |
  | Memory per doc; RSS after 10,000 rooms | 10.2×; −2 % | 11.2×; −3 % | ≤ 25×; ± 10 % |
  | Durability: acknowledged updates lost | 0 of 7,497 | 0 of 7,495 | 0 |
  | Initial JS | 247.0 KB | 247.0 KB | ≤ 250 KB |

  - Layout of 200 nodes alone afterwards, on a quiet machine (load 0.3): dagre 100 ms. The full runs' 157 and 200 ms met
    the other work on the host.
  - Server PNG at 10:10: 737–1,093 ms over five renders, 1,516 ms for the first.
- **Highlight → node, measured and dropped:** without the reading's \`content-visibility: auto\` blocks (30 trials, quick):
  presented p50 / p95 48 / 64 ms against 48 / 80 with them, keystroke p95 16.5 ms against 15.3. Within the noise, and the
  keystroke goal would fail; the blocks stay.

${findingsOfSessions10And11Markdown}`
