/**
 * What the profiles showed and what is not measured yet: written by hand after a profiling
 * run (see profileSummary.ts), printed at the end of BENCHMARKS.md by run.ts.
 */
export const findingsMarkdown = `## Profiles and findings (2026-11-28, by hand; rerun to check)

- **Fan-out under load (Warrant trails its goal of p99 ≤ 10 ms at 1,000 updates/s).** \`BENCH_CPU_PROF=/tmp/prof BENCH_SCALE_ROOMS=60 npx tsx syncScale.ts --quick\`
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

## Not measured yet, and why
- **Canvas at 2,000 nodes, pan, zoom and a remote mover at 30 Hz, with a bare React Flow peer page**: not built in this pass (time);
  \`dragRenders.ts\` still measures the 500-node drag only. Plan: parametrise it by node count and scenario, and build the peer page with
  apps/web's vite from \`bench/peers/canvas\` (aliases to apps/web/node_modules for react, react-dom, @xyflow/react).
- **Reader (200,000 characters, 500 highlights: keystroke → paint, highlight → node, open time, TipTap without the highlight layer)**: not
  built in this pass (time). The room can be made through \`POST /api/rooms\` (text up to 2,000,000 characters) and \`addNodeFromSpan\`.
- **Idle unload with the default 30 s timeout**: measured with \`idleUnloadMs: 2000\` to keep the run short; the figure is the time past the
  last client leaving, so compare it with the configured timeout.
`
