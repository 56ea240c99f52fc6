/**
 * Fan-out latency: a sender writes → another client in the same room has applied it, both in
 * this process (one clock). Our server next to @y/websocket-server 0.1.1 under the same load,
 * with drops (never seen within the drain time) and convergence (state vectors equal).
 */
import { isMain } from './lib/isMain'
import { type SyncMeasurement, measureSync } from './lib/measureSync'
import { syncRooms, syncSeconds, syncSendersPerRoom } from './lib/options'
import { type Section, printSection } from './lib/report'
import { formatMs, formatRatio } from './lib/stats'

export function syncLatencySection({ ours, peer, oursColdStart, peerColdStart, pinned }: SyncMeasurement): Section {
  const rows = ours.flatMap((result, index) => {
    const reference = peer[index]
    const a = result.fanOut
    const b = reference?.fanOut
    return [
      {
        measure: `${result.rate}/s: fan-out p50 / p95 / p99`,
        ours: `${formatMs(a.p50)} / ${formatMs(a.p95)} / ${formatMs(a.p99)}`,
        peer: b ? `${formatMs(b.p50)} / ${formatMs(b.p95)} / ${formatMs(b.p99)}` : 'n/a',
        ratio: b ? `p50 ${formatRatio(a.p50, b.p50)}, p99 ${formatRatio(a.p99, b.p99)}` : 'n/a',
        goal: 'close to the peer',
      },
      {
        measure: `${result.rate}/s: drops / measured, rooms converged`,
        ours: `${result.fanOutDrops} / ${result.measured}, ${result.roomsConverged}/${result.rooms}`,
        peer: reference ? `${reference.fanOutDrops} / ${reference.measured}, ${reference.roomsConverged}/${reference.rooms}` : 'n/a',
        ratio: '',
        goal: `0 drops, ${result.rooms}/${result.rooms}`,
      },
    ]
  })
  return {
    title: 'Fan-out latency',
    what:
      `Same load as above: ${syncRooms} rooms × ${syncSendersPerRoom} senders plus one observer per room, ${syncSeconds} s per rate. ` +
      'Latency from just before the sender\'s write to the observer having applied it (same process, one clock). ' +
      'Peer: `@y/websocket-server` 0.1.1 (`setupWSConnection` on an http server, no persistence) in a child process, same URL shape. ' +
      'Our server also appends every update to SQLite and sends saved acks during this load; the peer does neither.',
    peerName: '@y/websocket-server 0.1.1',
    rows,
    notes: [
      `Cold start (first 2 s at 200/s right after each server started, not in the table): fan-out p99 ${formatMs(oursColdStart.fanOut.p99)} (max ${formatMs(oursColdStart.fanOut.max)}) vs peer ${formatMs(peerColdStart.fanOut.p99)} (max ${formatMs(peerColdStart.fanOut.max)}).`,
      `Servers pinned to core 0, load generator to core 1: ${pinned ? 'yes' : 'no'}.`,
    ],
  }
}

if (isMain(import.meta.url)) {
  console.log('Fan-out latency')
  printSection(syncLatencySection(await measureSync()))
}
