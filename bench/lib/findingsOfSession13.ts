import { findingsOfSession12Markdown } from './findingsOfSession12'

/** The thirteenth session's findings (2026-11-29), printed after the newer ones in findings.ts. */
export const findingsOfSession13Markdown = `### Thirteenth session (11:11–14:11 on 2026-11-29; load average 0.8–3.5, other work on the host)

- **The server holds each loaded doc encoded, not as a Y.Doc: V8's marking of the docs no longer stalls the sync ladder.**
  Last session's heap snapshot after the ladder held 107 MB live in 1.6 M objects (the 1,000 docs' Items, IDs, contents
  and maps); a mark-compact of it took 100–300 ms on the pinned core, and whichever server met one in a measured 8 s
  failed that rate. \`state/EncodedDoc.ts\` keeps a base of structs, a log of the structs taken in since (\`UpdateLog\`: one
  growing buffer), the deletions merged per client (\`ClockRanges\`: one flat array each) and the state vector counted as
  updates arrive. Sync replies diff the structs and append the whole delete set, as Yjs does from a doc; a step 2 is
  still taken as only what it adds; the storage's fold hands its committed snapshot back and the doc swaps it for what it
  covers (Yjs drops deleted content when it encodes a doc; merging updates does not).
  - Scale ladder (our server alone, quick runs at 3,000–6,000/s): the server's longest GC 7–27 ms (it was the 100–300 ms
    mark-compacts); at 4,000/s its main thread was busy 26 % (CPU profile: \`take\` 3.6 %, socket sends 10.9 %, posts
    to the writer thread 3.6 %); RSS per loaded doc 9–16 KB (25 KB before; the reference 27–28 KB).
  - Two-server ladder at 11:53 (load 0.8 → 1.3): ours 3,000/s (4,000: p99 88.6 ms, loop max 115 ms, GC max 11.8 ms), the
    reference 2,000/s (3,000: p99 222 ms, loop max 161 ms); by CPU 7,385 against 5,620/s (1.31×). Three servers at 11:39
    (load 3.5 at the start): 3,000 / 2,000 / 1,000; by CPU 6,510 against 5,877/s. Quick runs of ours at 4,000/s read p99
    8.5, 14.1, 21.7, 24.1 and 97.6 ms.
  - **What still fails 4,000/s at times is not our GC.** There the generator's own loop stalls 33–150 ms (one core for
    4,000 sockets and 12,000–15,000 frames a second), and the server's longest loop delays (71–127 ms) are bursts of
    reading and relaying frames (the longest busy stretches of a profile at 5,000/s: all socket reads and sends).
  - Memory bench: 200 active 200 KB docs 0.5 MiB a doc, 2.1× their encoded size (10.2–11.2× before; the reference 10.7×,
    Hocuspocus 10.2×).
  - Found on the way: merging the log every 32 updates re-read the whole tail each time, and the server's CPU per 1,000
    updates/s rose to 0.200 core; with the log as one buffer, merged only for a reply or replaced by a fold: 0.121–0.160.
  - What got slower, for a 2 MB doc: a client behind the base 58–65 ms (a scan of the base; 1.1 ms from a Y.Doc); the
    first whole-doc reply after changes merges the log into the base (~100 ms), then ~1 ms. A 200 KB doc costs a tenth.
  - **Updates Yjs would fail to integrate are still refused.** The server no longer integrates, so I fuzzed: of 24,314
    decodable mutations of real updates, 1.6 % threw in \`applyUpdate\` (a struct whose left neighbour is its own clock
    or later: \`findIndexSS\`), and with a richer corpus 3 % more (a deletion of length 0: \`writeDsLen\`).
    \`assertIntegrable\` checks both; 0 of ~400,000 decodable mutations threw after it. A property test (4,000 mutated
    updates: whatever is taken in, a Y.Doc integrates) and a crafted frame in \`faultyFrames\` hold it.
  - GC flags tried first, on the Y.Doc server, and not kept: \`--single-threaded-gc\` (4,000/s p99 92 and 14 ms in two
    runs, default 24 and 22: noise) and \`--max-semi-space-size=64\` (3,000/s failed once at 206 ms).
- **Full runs** (\`pnpm bench\`; BENCHMARKS.md holds 12:39):

  | Measure | 12:11 (load 3.4 → 1.6) | 12:39 (load 0.8 → 1.3) | Goal |
  |---|---|---|---|
  | Ceiling: ours / reference / Hocuspocus | 4,000 / 1,000 / 250 | 4,000 / 2,000 / 250 /s | ≥ 2× / ≥ |
  | Rate one core carries, by CPU (reference) | 6,785 (5,595) | 7,580 (5,835) /s | |
  | RSS per loaded doc at scale (reference) | 13 (26) KB | 16 (37) KB | |
  | 200 active 200 KB docs: RSS per doc (reference) | 2.1× (10.6×) | 1.9× (10.5×) | ≤ 25× |
  | Initial sync, 2 MB doc: p50 / p95 (reference) | 143 / 492 (198 / 239) | 162 / 522 (86 / 105) ms | |
  | Durability: acknowledged updates lost | 0 of 7,497 | 0 of 7,496 | 0 |
  | Highlight presented p50 / p95 (in the DOM p95) | 56 / 72 (31.1) | 48 / 72 (29.8) ms | ≤ 50 |
  | Keystroke → next frame p95 (bare) | 18.6 (16.0) | 15.3 (16.3) ms | ≤ 16 |
  | PNG 2×: browser / server | 1,723 / 1,012 | 1,596 / 1,139 ms | ≤ 1,500 |
  | Layout 200 / 1,000 | 148 / 1,445 | 157 / 854 ms | ≤ 150 / 1,500 |
  | Canvas 500: drag / zoom / remote p95 | 33.4 / 33.4 / 66.6 | 33.2 / 33.4 / 50.0 ms | ≤ 16.7 |
  | Initial JS | 247.0 KB | 247.0 KB | ≤ 250 KB |

  - The 2 MB initial sync's p95 is its first fresh client after the fill: the server merges the log into the base then
    (~100–150 ms), where a Y.Doc encoded the doc in 30 ms; the next clients get the encoded message kept ≤ 10 s.
  - The browser rows met other work on the host (the 12:11 run's canvas phases ran at load 2.2–2.6). Canvas 500 alone
    afterwards (load 0.1): drag 16.8, pan 16.8, zoom 33.4, remote 50.0 ms, as in the twelfth session; the web code did not
    change this session.
- **First export after a start: 2.2 s → 0.65 s** (sample room, PNG 2×). \`main.ts\` loads the converters and renderers
  before it listens, so their import no longer pauses every room's sync (20–91 ms, 14 times). Of those ~1.9 s,
  \`@argdown/core\` is 1.0 s, needed only to import Argdown; loading it lazily would make \`importMapFile\` asynchronous in
  the model and the web app: not done.
- **Canvas, remote client at 30 Hz, 500 nodes: p95 50 / 33 ms against 16.8 for the bare page — the page's GC.** A Chrome
  trace of the phase: the tasks of 33–48 ms hold V8's incremental marking steps (2–9 ms each) and one 20 ms MajorGC;
  per remote move the main thread spends 16.9 ms against the peer's 17.1, and React's work after \`setNodes\` is 17 % of
  the phase. Not changed; the next lever is what each remote move allocates.

${findingsOfSession12Markdown}`
