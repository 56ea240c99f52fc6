import { findingsOfSession19Markdown } from './findingsOfSession19'

/** The twentieth session's findings (2026-11-30), printed after the newer ones in findings.ts. */
export const findingsOfSession20Markdown = `### Twentieth session (03:37–06:37 on 2026-11-30; load average 1.0–3.1, other work on the host)

- **Opening a room no longer encodes the server's docs again in the page.** A CPU profile of opening the reader room
  (200,000 characters, 500 highlights; unminified build, probe not in the repo): applying the map doc's sync step 2
  (532 KB) took 271 ms, 88 of them Yjs encoding the received update again (\`writeUpdateMessageFromTransaction\`)
  because the doc had 'update' listeners (the outgoing queue, the device copy, the status); the text doc's apply
  paid the same. The page's listeners now sit behind one (\`session/DocUpdates.ts\`), which is off while an update
  from the server is applied (\`DocConnection\`'s own sync handler in place of y-websocket's), and they get the bytes
  as received; a change an observer makes meanwhile is still encoded and handed on (unit test). Alternating loads of
  the two builds, 6 each, quiet host (03:42): median open 1,170 → 1,065 ms; at load ~2 (04:40, 8 each): 1,708 →
  1,670. The 2,000-node map open, 4 each: first node 2,658 → 2,466 ms, longest task 850 → 758.
- **The app goes compressed.** The server sent the build as it is: a room's first open fetched 1,129 KB of JS and CSS
  while this file reported 247 KB gzip for the initial scripts. The build now writes a .br and a .gz of each text
  file over 1 KB (vite-plugin-compression2) and the server sends the one the browser accepts (negotiator): 311 KB
  transferred for a room's first open, measured in Chromium. On loopback it changes nothing measurable (10
  alternations: open 1,544 vs 1,605 ms, text shown 724 vs 736, within the host's noise). The memory section now
  prints the brotli size next to gzip -9.
- **Tried and dropped:**
  - Registering the reader's link behaviours before the text (their chunk fetched with the page): their late
    registration made y-prosemirror render the whole text again (33 ms profiled), but registered early, TipTap
    Link's autolink and linkify's first use ran over the whole reading as it synced: 10 alternations, median open
    1,463 → 1,762 ms. Reverted (f71833f); the full run at 04:10 had it in (its reader row: 1,424 ms).
  - The server sending a fresh client the whole doc on connecting (\`?fresh=1\`) instead of after its step 1: the
    page reads a socket's frames only when its main thread is free (the open event at 798 ms, the text frame at
    855 either way), so the text showed no sooner (10 alternations: 697 vs 696 ms). Reverted; the protocol is as it
    was.
  - Opening the device copy while other epochs' copies are deleted, so that IndexedDB is open before the docs sync
    and y-indexeddb's first whole-doc write encodes an empty doc: IndexedDB's answers wait for the busy main thread
    too (8 alternations: 1,008 vs 997 ms). Reverted.
- **What the reader open still spends** (quiet host, ~1.0 s against the bare page's ~0.3): evaluating the main
  bundle 105–165 ms, the room page's first render ~200 (TipTap's editor ~60), applying the text 150–210 (y-prosemirror
  building 200,000 characters; React Flow's first measurement forcing the page's layout ~70, the full layout the
  reader does once on purpose so that content-visibility keeps exact heights), the map doc 100–160 and the
  highlights' decorations 55–127 (ProseMirror re-rendering the paragraphs that get the 500 spans). All of it on the
  page's main thread, one task after another; the network waits for it. Strings: \`_readVarStringNative\` is 78 ms of a
  2,000-node map doc's apply; an ASCII fast path decodes short strings 2.3× faster in Node (138 vs 322 ns) — a patch
  of lib0 for ~25 ms, not done.
- **Sync ceiling, once more:** at 03:58 our server held 4,000/s (p99 7.8 ms, 0.43 core) and failed 5,000/s (p99
  54–90 ms, 0.79 core); one minute later 5,000/s passed (p99 12.2 ms, 0.56 core). The same code spent 107 µs of CPU
  per update in one run and 158 in the other: the host decides which side of 2× a run lands on.

- **Full run (\`pnpm bench\`, 05:12–05:40, load 0.6 → 2.0; this file holds it).** Sync ceiling 2,000/s against the
  reference's 2,000 and Hocuspocus's 500 (1.00×: our 3,000/s runs read p99 59.8 / 97.4 / 27.2 ms, the reference's
  389 median); fan-out p99 at 1,000/s 1.93 ms; saved-ack p99 ≤ 9.7 ms; 0 acknowledged updates lost; 200 active docs
  1.9× their encoded size. Initial JS 247.7 KB gzip -9, 214.2 KB as sent (brotli); the sample room interactive in
  763 ms (static page 342). Canvas 500: drag 16.7, pan 16.8, zoom 33.3, in-stop-out 33.3, remote 33.4 ms; 2,000:
  drag 33.3, pan 33.4, zoom 33.3, in-stop-out 33.4, remote 16.8 (bare page 50–83); opening 2,000 nodes: first node
  1.94 s, settled 2.31 s, longest task 571 ms (bare 1.01 / 2.63 s, 1,192). Reader: open 1,434 ms (loads 1,029–1,698;
  the bare page 384, 3.74×), keystroke → next frame p95 17.7 (bare 16.0), highlight presented p50 / p95 48 / 64
  pinned and 32 / 48 on both cores. Export: SVG 35 ms, PNG 2× 1,054 ms on the server and 1,585 in the browser.
  The host was busy through it: an earlier full run at 04:42 (load 2.9 → 1.5; by mistake with the session's first
  web build in apps/web/dist, left there by the A/B probe, and this session's server) read a 3,000/s ceiling against
  the reference's 3,000, reader open 1,056 ms (bare 250), keystroke p95 14.1, highlight 40 / 56 pinned and 32 / 40,
  PNG 2× 1,155 / 1,130 ms. The server's sync code did not change this session; which side of the goals the sync
  ceiling, the 500-node zoom and the browser PNG land on is the host's load in each run. The sync section alone right
  after (05:49, load ~2, \`BENCH_SCALE_TARGETS=y-websocket-server,warrant BENCH_SCALE_RATES=2000,3000,4000\`): ours
  held 4,000/s (p99 48.4 ms), the reference failed 3,000/s (p99 227–327 ms in three runs): 2.00×.

${findingsOfSession19Markdown}`
