import { findingsOfSession18Markdown } from './findingsOfSession18'

/** The nineteenth session's findings (2026-11-30), printed after the newer ones in findings.ts. */
export const findingsOfSession19Markdown = `### Nineteenth session (01:41–04:41 on 2026-11-30; load average 1.0–2.9, other work on the host)

- **Opening a big map renders only what is in view.** Probe (not in the repo): the bench's 2,000-node grid (2,206
  links drawn in view) opened in Chromium on core 1, long tasks and the page's node count every frame. Before: the
  first node in the page at 3.0–4.4 s, all 2,000 in it (React Flow renders every node it has no size for, to measure
  it), tasks of 1,010–1,374 and 1,507–2,424 ms; then ~1,300 unmounted 200 at a time over 1.5–3 s (tasks of 50–120 ms)
  down to the 703 in the fitted view. A CPU profile of the open (unminified build): one 4.3 s busy stretch, 2.1 s of
  it style and layout, 1.2 s React mounting the 2,000 nodes synchronously (React Flow's store update, read through
  \`useSyncExternalStore\`), 0.3 s GC; before it 0.6 s applying the map doc's sync step 2 (Yjs reading and integrating
  0.22 s, encoding the update again for the provider's and IndexedDB's \`update\` listeners 0.12–0.19 s, the Room's
  record validation and snapshot 0.13 s).
  Now above 600 nodes a node not rendered yet carries an estimated measured size (the SVG export's \`layoutNodeCard\`
  of its card: 98 px against 100–101 measured for the bench's cards) and its two handles where map.css puts them
  (checked against the page: top 115, −5; bottom 115, height − 5; 10 px); \`keepMeasured\` drops the handles once the
  node is measured. After: the first node at 2.0–3.0 s with 703 in the page from the start and nothing unmounted
  afterwards, the longest task 603–943 ms. In the full run (new row "open the map"): first node 1.85 s, settled
  2.25 s, longest task 583 ms; the bare React Flow page 0.87 s / 3.08 s, its longest task 1,564 ms (it renders all
  2,000). The 500-node map (all rendered, as before): 1.22 s / 1.59 s against 0.38 / 0.73.
- **Tried and dropped: pacing the first fill as well.** 100 nodes a step: first rows at 1.9–2.7 s but the whole map
  at 4.4–5.5 s (each step a repaint of the whole view, ~300 ms apart). 250 a step, in alternation with the unpaced
  fill (two trials each, twice): first rows 1.8–2.2 s against 2.1–2.7, the whole map 2.7–3.3 s against 2.1–2.7, the
  longest task 427–541 ms against 525–882. Kept unpaced: at load the whole map sooner counts for more than a shorter
  task. What is left of the longest task: React mounting the 703 nodes (~0.6 s; each card is ~10 components with their
  store subscriptions) and their style and layout (~0.3 s); a card with less at the least zoom would need the same
  size as the full one and a switch that does not re-render hundreds of nodes mid-zoom: not done.
- **Sync ceiling, what today's runs add.** Each rate now prints the generator's own CPU: 0.33–0.38 of its core at
  4,000/s while those runs failed, so it is not saturated. \`/proc/stat\` every 100 ms: the server's core at 100 % for
  300–400 ms stretches while averaging 0.55–0.7. A profile of a failing run (p99 84 ms): the server's main thread 41.5 %
  busy (\`writev\` 11.5 %, \`postMessage\` to the writer 5.3 %), the writer 20 % (mostly inside SQLite's commit), the
  fold thread 21 %; in the main thread's longest busy stretch, 82 ms, only 24 samples of 1 ms: runnable but off the
  core. Per thread (\`/proc/<pid>/task\`): V8's four platform threads (GC helpers, on the server's one core) used ~44 %
  of what the main thread used. 4,000/s in the same hour, alone: p99 51 / 61 / 74 (fail), 21.8 (pass; the reference
  held 2,000: 2.00×), 61 / 84 / 100 (fail, profiled), 53 / 56 / 57 (fail), 6.4 (pass). Folding (the log compacted
  into a snapshot on its own thread) is not the cause: alternating runs with it off and on (03:07–03:12, a server
  option set through a temporary env in the bench's server main, not kept) passed 4,000/s in all four (p99 5.1 / 4.8
  off, 3.9 / 4.0 on) and failed 5,000/s in all four, three runs each (off 51–60 and 57–170, on 59–61 and 59–68; the
  server's loop max 50–83 ms at 0.55–0.84 core). So 4,000/s fails in some hours and passes in others; 5,000/s fails
  in all of today's.
- **Full run (\`pnpm bench\`, 02:27–02:53, load 2.1 → 1.3; BENCHMARKS.md holds it).** Ceiling **4,000/s against the
  reference's 2,000 (2.00×, met in this run) and Hocuspocus's 250**; 5,000 failed three runs (p99 49–65 ms). Canvas:
  every 500-node row 16.8 ms; 2,000 nodes drag 16.8, pan 33.4, zoom 33.2, "in, stop, out" 33.4, remote 16.8 (the bare
  page 50–100). Keystroke → next frame p95 14.5 ms (bare TipTap 16.1); highlight → node presented p95 64 ms pinned to
  one core, 40 on both (goal 50, unchanged: see the eighteenth session). Fan-out p99 at 1,000/s 0.97 ms; 0
  acknowledged updates lost; SVG 45 ms; PNG 2× 848 ms on the server, **1,659 ms in the browser** (decode 238–265 +
  draw 630–686 + encode 696–741): over the 1.5 s goal in this run, 1,047 ms run alone right after (\`npx tsx
  exportImages.ts\`, 02:53; decode 144–199 + draw 409–462 + encode 452–463) and 1,180 in the previous full run; the
  export code did not change, the host's load did. Initial JS 247.3 KB; the sample room interactive in 640 ms.

${findingsOfSession18Markdown}`
