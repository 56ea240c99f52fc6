/**
 * Saved-ack latency: a write leaves a client → the server's saved message (type 100) whose
 * state vector covers it, i.e. it is committed to SQLite with fsync. The peer,
 * @y/websocket-server 0.1.1, has no acknowledgement at all (it persists only with YPERSISTENCE,
 * to LevelDB, without telling the client), so its fan-out latency from the same run stands next to ours.
 */
import { isMain } from './lib/isMain'
import { type SyncMeasurement, measureSync } from './lib/measureSync'
import { syncRooms, syncSeconds, syncSendersPerRoom } from './lib/options'
import { type Section, printSection } from './lib/report'
import { formatMs, formatRatio } from './lib/stats'

export function savedAckSection({ ours, peer, oursColdStart, peerColdStart, pinned }: SyncMeasurement): Section {
  const rows = ours.flatMap((result, index) => {
    const reference = peer[index]
    const ack = result.savedAck!
    const peerFanOut = reference?.fanOut
    return [
      {
        measure: `${result.rate}/s: update → saved ack p50 / p95 / p99`,
        ours: `${formatMs(ack.p50)} / ${formatMs(ack.p95)} / ${formatMs(ack.p99)}`,
        peer: peerFanOut ? `no ack (fan-out: ${formatMs(peerFanOut.p50)} / ${formatMs(peerFanOut.p95)} / ${formatMs(peerFanOut.p99)})` : 'no ack',
        ratio: peerFanOut ? `p99 ${formatRatio(ack.p99, peerFanOut.p99)} of peer fan-out` : 'n/a',
        goal: 'p99 ≤ 50 ms',
      },
      {
        measure: `${result.rate}/s: acked / measured updates (achieved rate)`,
        ours: `${ack.count} / ${result.measured} (${result.achievedRate.toFixed(0)}/s)`,
        peer: 'nothing is acknowledged',
        ratio: '',
        goal: 'all',
      },
    ]
  })
  return {
    title: 'Saved-ack latency',
    what:
      `${syncRooms} rooms × ${syncSendersPerRoom} senders (raw y-protocols clients over \`ws\`, \`?ack=1\`) move their own node ` +
      `(a Y.Map set, like a drag) at a steady total rate for ${syncSeconds} s; latency from just before the write to the saved ` +
      'message (type 100) whose state vector covers it: SQLite WAL, `synchronous=FULL` (fsync per group commit). ' +
      'Peer: `@y/websocket-server` 0.1.1 has **no acknowledgement** (and persists only with YPERSISTENCE, to LevelDB, ' +
      'debounced, without telling the client), so its fan-out latency from the same load is shown instead.',
    peerName: '@y/websocket-server 0.1.1',
    rows,
    notes: [
      `Cold start (first 2 s at 200/s right after the server started, not in the table): saved ack p99 ${formatMs(oursColdStart.savedAck!.p99)}, max ${formatMs(oursColdStart.savedAck!.max)}; peer fan-out p99 ${formatMs(peerColdStart.fanOut.p99)}.`,
      `Server pinned to core 0, load generator to core 1: ${pinned ? 'yes' : 'no (taskset or a second core missing)'}. Data dir on the temp folder's disk.`,
    ],
  }
}

if (isMain(import.meta.url)) {
  console.log('Saved-ack latency')
  printSection(savedAckSection(await measureSync()))
}
