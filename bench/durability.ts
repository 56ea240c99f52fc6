/**
 * Durability: saved-ack latency under load, then `kill -9` of the server under that load and a
 * restart on the same data: how many acknowledged updates are missing (goal 0). Peers:
 * @y/websocket-server 0.1.1 persisting with y-leveldb (YPERSISTENCE) and Hocuspocus 4 + SQLite;
 * neither acknowledges, so for them the count is of updates sent ≥ 1 s before the kill.
 * Run alone: npx tsx durability.ts [--quick]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { isMain } from './lib/isMain'
import { quick } from './lib/options'
import { pinSelfToLoadCore } from './lib/pinning'
import { type Section, printSection } from './lib/report'
import { type LatencyStats, formatMs, latencyStats } from './lib/stats'
import { type BenchClient, NotInstalledError, type TargetKind, loadHocuspocusProvider, startTarget, targetNames } from './lib/targets'

const rooms = 20
const sendersPerRoom = 2
const rate = 500
const killAfterMs = quick ? 2500 : 5000
const cycles = quick ? 1 : 3

interface KillFigures {
  kind: TargetKind
  skipped?: string
  ack: LatencyStats | null
  sent: number
  acked: number
  ackedLost: number
  /** Updates sent at least 1 s before the kill that are missing after the restart. */
  oldLost: number
  old: number
}

interface Write {
  key: string
  clock: number
  sentAt: number
  ackedAt: number | null
}

async function killCycle(kind: TargetKind, cycle: number): Promise<KillFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-kill-${kind}-`))
  const empty: KillFigures = { kind, ack: null, sent: 0, acked: 0, ackedLost: 0, oldLost: 0, old: 0 }
  let target
  try {
    if (kind === 'hocuspocus') await loadHocuspocusProvider()
    target = await startTarget(kind, { dataDir, peerPersistence: true })
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true })
    if (error instanceof NotInstalledError || kind === 'hocuspocus') return { ...empty, skipped: 'not installed' }
    throw error
  }
  const names = Array.from({ length: rooms }, (_, index) => `kill-${cycle}-${index}`)
  const senders: { client: BenchClient; writes: Write[]; name: string }[] = []
  for (const room of names) {
    await target.openRoom(room)
    for (let each = 0; each < sendersPerRoom; each++) senders.push({ client: target.connect(room, 'map', { ack: true }), writes: [], name: room })
  }
  await Promise.all(senders.map((sender) => sender.client.synced))
  for (const sender of senders) {
    sender.client.onSaved = (stateVector) => {
      const committed = stateVector.get(sender.client.doc.clientID) ?? 0
      const now = performance.now()
      for (const write of sender.writes) if (write.ackedAt === null && write.clock <= committed) write.ackedAt = now
    }
  }
  const start = performance.now()
  let sent = 0
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now()
      const due = Math.floor(((now - start) / 1000) * rate)
      while (sent < due) {
        const sender = senders[sent % senders.length]!
        const key = `w${sent}`
        const sentAt = performance.now()
        sender.client.doc.getMap('writes').set(key, sent)
        sender.writes.push({ key, clock: Y.getState(sender.client.doc.store, sender.client.doc.clientID), sentAt, ackedAt: null })
        sent++
      }
      if (now - start >= killAfterMs) return resolve()
      setTimeout(tick, 2)
    }
    tick()
  })
  const killedAt = performance.now()
  process.kill(target.pid, 'SIGKILL')
  await target.stop()
  await Promise.all(senders.map((sender) => sender.client.close()))
  const restarted = await startTarget(kind, { dataDir, peerPersistence: true })
  try {
    const restored = new Map<string, Y.Map<unknown>>()
    for (const room of names) {
      await restarted.openRoom(room)
      const reader = restarted.connect(room, 'map')
      await reader.synced
      await new Promise((resolve) => setTimeout(resolve, kind === 'warrant' ? 0 : 300))
      restored.set(room, reader.doc.getMap('writes'))
      await reader.close()
    }
    const writes = senders.flatMap((sender) => sender.writes.map((write) => ({ ...write, room: sender.name })))
    const missing = (write: { key: string; room: string }) => !restored.get(write.room)!.has(write.key)
    const acked = writes.filter((write) => write.ackedAt !== null)
    const old = writes.filter((write) => write.sentAt <= killedAt - 1000)
    return {
      kind,
      ack: kind === 'warrant' ? latencyStats(acked.map((write) => write.ackedAt! - write.sentAt)) : null,
      sent: writes.length,
      acked: acked.length,
      ackedLost: acked.filter(missing).length,
      old: old.length,
      oldLost: old.filter(missing).length,
    }
  } finally {
    await restarted.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

export async function measureDurability(): Promise<KillFigures[][]> {
  pinSelfToLoadCore()
  const all: KillFigures[][] = []
  for (const kind of ['warrant', 'y-websocket-server', 'hocuspocus'] as const) {
    const runs: KillFigures[] = []
    for (let cycle = 0; cycle < cycles; cycle++) {
      const figures = await killCycle(kind, cycle).catch((error: unknown) => ({ kind, skipped: `failed: ${String(error).split('\n')[0]}`, ack: null, sent: 0, acked: 0, ackedLost: 0, oldLost: 0, old: 0 }))
      runs.push(figures)
      console.log(`  ${targetNames[kind]} cycle ${cycle + 1}: ${figures.skipped ?? `sent ${figures.sent}, acked ${figures.acked}, acked lost ${figures.ackedLost}, sent ≥ 1 s before the kill lost ${figures.oldLost}/${figures.old}`}`)
      if (figures.skipped) break
    }
    all.push(runs)
  }
  return all
}

export function durabilitySection(all: KillFigures[][]): Section {
  const [ours, reference, hocuspocus] = all as [KillFigures[], KillFigures[], KillFigures[]]
  const sum = (runs: KillFigures[], pick: (f: KillFigures) => number) => runs.reduce((total, f) => total + pick(f), 0)
  const oursAck = ours.map((f) => f.ack).filter((a): a is LatencyStats => a !== null)
  const lostCell = (runs: KillFigures[]) => (runs[0]?.skipped ? runs[0].skipped : `${sum(runs, (f) => f.oldLost)} of ${sum(runs, (f) => f.old)} sent ≥ 1 s before the kill (nothing acknowledged)`)
  return {
    title: 'Durability: saved acks and kill -9',
    what:
      `${rooms} rooms × ${sendersPerRoom} senders (\`?ack=1\`) write one new key each update at ${rate} updates/s in all; after ${killAfterMs / 1000} s the server gets SIGKILL, ` +
      'restarts on the same data directory, and a fresh client per room reads the keys back. Acknowledged = covered by a saved message (type 100) before the kill. ' +
      `${cycles} cycle(s). Peers: @y/websocket-server 0.1.1 with YPERSISTENCE (y-leveldb) and Hocuspocus 4 + SQLite extension; they acknowledge nothing.`,
    peerName: '@y/websocket-server (leveldb); Hocuspocus',
    rows: [
      {
        measure: `update → saved ack p50 / p95 / p99 at ${rate}/s (per cycle)`,
        ours: oursAck.map((a) => `${formatMs(a.p50)} / ${formatMs(a.p95)} / ${formatMs(a.p99)}`).join('; ') || ours[0]?.skipped || 'n/a',
        peer: 'no acknowledgement',
        ratio: '',
        goal: 'p99 ≤ 50 ms',
      },
      {
        measure: 'acknowledged updates lost after kill -9 + restart',
        ours: ours[0]?.skipped ?? `${sum(ours, (f) => f.ackedLost)} of ${sum(ours, (f) => f.acked)} acked (${sum(ours, (f) => f.sent)} sent)`,
        peer: 'nothing is acknowledged',
        ratio: '',
        goal: '0',
      },
      {
        measure: 'updates sent ≥ 1 s before the kill, lost',
        ours: ours[0]?.skipped ?? `${sum(ours, (f) => f.oldLost)} of ${sum(ours, (f) => f.old)}`,
        peer: `${lostCell(reference)}; Hocuspocus: ${lostCell(hocuspocus)}`,
        ratio: '',
        goal: '0',
      },
    ],
    notes: ['Servers on core 0, the writers on core 1; the data directory is on the temp folder\'s disk (its fsync cost is the disk\'s).'],
  }
}

if (isMain(import.meta.url)) {
  console.log('Durability')
  printSection(durabilitySection(await measureDurability()))
  process.exit(0)
}
