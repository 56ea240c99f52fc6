import { PerformanceObserver, monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { collectGarbage } from './collectGarbage'
import * as Y from 'yjs'
import { type LatencyStats, latencyStats } from './stats'
import { planChanges } from './planChanges'
import { forgetRecordedUpdates } from './SyncClient'
import { type BenchClient, type Target, cpuTimesOf } from './targets'

/**
 * Many rooms, each with `usersPerRoom` users; a user holds two connections (the map doc and
 * the text doc), as the web app does. The update mix: map moves (a Y.Map set of `position`),
 * node+link adds (two records in one transaction) and 20-character text inserts. Fan-out latency
 * is measured at every other connection of the same doc (one process, one clock).
 */
export interface ScaleRoom {
  groups: DocGroup[]
}

interface Sent {
  clocks: number[]
  times: number[]
  measured: boolean[]
}

export interface Member {
  client: BenchClient
  sent: Sent
  /** cursor[i] = how many of member i's sends this member has seen. */
  cursor: number[]
  /** The paragraph this member types into (text doc), or its node (map doc). */
  ownId: string
  step: number
}

export interface DocGroup {
  doc: 'map' | 'text'
  members: Member[]
}

export interface ScaleLoad {
  rooms: ScaleRoom[]
  connections: number
  connectMs: number
  /** Registering the rooms before any connection (Warrant: POST /api/rooms each; the peers need none). */
  roomsMs: number
  close(): Promise<void>
}

/** Opens the rooms and all connections (bounded concurrency), and waits for every initial sync. */
export async function openScaleLoad(target: Target, prefix: string, roomCount: number, usersPerRoom: number): Promise<ScaleLoad> {
  const batch = 25
  const roomsStarted = performance.now()
  for (let first = 0; first < roomCount; first += batch) {
    await Promise.all(Array.from({ length: Math.min(batch, roomCount - first) }, (_, offset) => target.openRoom(`${prefix}-${first + offset}`)))
  }
  const roomsMs = performance.now() - roomsStarted
  const started = performance.now()
  const rooms: ScaleRoom[] = []
  for (let first = 0; first < roomCount; first += batch) {
    const made = await Promise.all(
      Array.from({ length: Math.min(batch, roomCount - first) }, async (_, offset) => {
        const room = `${prefix}-${first + offset}`
        const groups = (['map', 'text'] as const).map((doc): DocGroup => ({
          doc,
          members: Array.from({ length: usersPerRoom }, (_, index) => ({
            client: target.connect(room, doc, { light: true }),
            sent: { clocks: [], times: [], measured: [] },
            cursor: Array.from({ length: usersPerRoom }, () => 0),
            ownId: `${doc}-${index}`,
            step: 0,
          })),
        }))
        await Promise.all(groups.flatMap((group) => group.members.map((member) => withTimeout(member.client.synced, 30_000, `sync ${room}`))))
        return { groups }
      }),
    )
    rooms.push(...made)
  }
  const connectMs = performance.now() - started
  // Each member's own node / paragraph exists before the measured load (not measured).
  for (const { groups } of rooms) {
    for (const group of groups) {
      for (const member of group.members) {
        const doc = member.client.doc
        if (group.doc === 'map') {
          doc.transact(() => {
            const node = new Y.Map<unknown>()
            node.set('id', member.ownId)
            node.set('kind', 'claim')
            node.set('text', `Claim of ${member.ownId}`)
            node.set('position', { x: 0, y: 0 })
            doc.getMap<Y.Map<unknown>>('nodes').set(member.ownId, node)
          })
        } else {
          doc.transact(() => {
            const paragraph = new Y.XmlElement('paragraph')
            paragraph.insert(0, [new Y.XmlText('Paragraph. ')])
            doc.getXmlFragment('content').push([paragraph])
          })
        }
      }
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 500))
  return {
    rooms,
    connections: rooms.length * 2 * usersPerRoom,
    connectMs,
    roomsMs,
    close: async () => {
      const all = rooms.flatMap((room) => room.groups.flatMap((group) => group.members.map((member) => member.client)))
      for (let first = 0; first < all.length; first += 200) await Promise.all(all.slice(first, first + 200).map((client) => client.close()))
    },
  }
}

export interface RateResult {
  rate: number
  achievedRate: number
  measured: number
  deliveries: number
  fanOut: LatencyStats
  drops: number
  groupsConverged: number
  groups: number
  /** p99 of this (load generator) process's event-loop delay: its own share of the latency. */
  loadLoopDelayP99: number
  /** The load generator's own longest stall: a fan-out tail no longer than this may be the generator's, not the server's. */
  loadLoopDelayMax: number
  /** The load generator's longest GC pause and how many of its pauses passed 10 ms (ms, count). */
  loadGcMax: number
  loadGcOver10: number
  /** The server's CPU use over the measured seconds, in cores (all its threads; it is pinned to one core): NaN when not read. */
  serverCpu: number
  /** The share of that CPU spent in the kernel (socket reads and writes, loopback TCP): 0–1, NaN when not read. */
  serverKernelShare: number
  /** The load generator's own CPU over the measured seconds, in cores (it is pinned to one core: near 1, it is the limit). */
  loadCpu: number
  /** The server's own event-loop delay over the measured seconds (ms): NaN when not read. */
  serverLoopDelayP99: number
  serverLoopDelayMax: number
  /** The server's longest GC pause over the measured seconds (ms). */
  serverGcMax: number
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms).unref())])
}

/** Steady `rate` updates/s (all rooms together) for `seconds`; the first `warmupSeconds` are not measured. */
export async function runRate(load: ScaleLoad, rate: number, seconds: number, warmupSeconds: number, drainMs: number, server?: Pick<Target, 'pid' | 'loopDelay'>): Promise<RateResult> {
  const groups = load.rooms.flatMap((room) => room.groups)
  const samples: number[] = []
  const detach: (() => void)[] = []
  for (const group of groups) {
    for (const member of group.members) {
      member.sent = { clocks: [], times: [], measured: [] }
      member.cursor.fill(0)
    }
    group.members.forEach((receiver, receiverIndex) => {
      receiver.client.onRemoteUpdate = () => {
        const now = performance.now()
        group.members.forEach((sender, senderIndex) => {
          if (senderIndex === receiverIndex) return
          const { clocks, times, measured } = sender.sent
          let cursor = receiver.cursor[senderIndex]!
          if (cursor >= clocks.length) return
          const seen = receiver.client.stateOf(sender.client.doc.clientID)
          while (cursor < clocks.length && clocks[cursor]! <= seen) {
            if (measured[cursor]) samples.push(now - times[cursor]!)
            cursor++
          }
          receiver.cursor[senderIndex] = cursor
        })
      }
      detach.push(() => (receiver.client.onRemoteUpdate = null))
    })
  }
  const plan = planChanges(groups, Math.floor(seconds * rate))
  // Raw clients make every change before the clock starts and send the frames during the run.
  const recorded = plan.every(({ member }) => member.client.record) ? plan.map(({ member, change }) => member.client.record!(change)) : null
  collectGarbage()
  const delay = monitorEventLoopDelay({ resolution: 5 })
  delay.enable()
  const loadGc = { max: 0, over10: 0 }
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      loadGc.max = Math.max(loadGc.max, entry.duration)
      if (entry.duration > 10) loadGc.over10++
    }
  })
  gcObserver.observe({ entryTypes: ['gc'] })
  const start = performance.now()
  const windowStart = process.hrtime.bigint() / 1000n
  const warmupEnd = start + warmupSeconds * 1000
  const end = start + seconds * 1000
  let sent = 0
  let measuredCount = 0
  const cpuWindow: { from?: CpuReading } = {}
  const cpuNow = () => ({ at: performance.now(), ...(server === undefined ? { user: Number.NaN, kernel: Number.NaN } : cpuTimesOf(server.pid)), load: cpuTimesOf(process.pid) })
  let serverLoop: Promise<unknown> = Promise.resolve()
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now()
      if (!cpuWindow.from && now >= warmupEnd) {
        cpuWindow.from = cpuNow()
        // Starts the server's window of event-loop delay (the answer is the warm-up's, not kept).
        if (server) serverLoop = server.loopDelay()
      }
      // At the end every planned change goes (the float product can fall one short of the count).
      const due = now >= end ? plan.length : Math.min(Math.floor(((now - start) / 1000) * rate), plan.length)
      while (sent < due) {
        const { member, change } = plan[sent]!
        const sentAt = performance.now()
        let clock: number
        if (recorded) {
          member.client.sendFrame!(recorded[sent]!.frame)
          clock = recorded[sent]!.clock
        } else {
          change(member.client.doc)
          clock = Y.getState(member.client.doc.store, member.client.doc.clientID)
        }
        member.sent.clocks.push(clock)
        member.sent.times.push(sentAt)
        member.sent.measured.push(sentAt >= warmupEnd)
        if (sentAt >= warmupEnd) measuredCount++
        sent++
      }
      if (now >= end) return resolve()
      setTimeout(tick, 2)
    }
    tick()
  })
  const lastSend = performance.now()
  // For profileSummary.ts --window: the sending seconds on the monotonic clock V8's profiles use (µs).
  if (process.env.BENCH_PRINT_WINDOW) console.error(`rate ${rate}/s window ${windowStart}-${process.hrtime.bigint() / 1000n}`)
  const cpuTo = cpuNow()
  delay.disable()
  gcObserver.disconnect()
  await serverLoop
  const serverDelay = server ? await server.loopDelay() : { p99: Number.NaN, max: Number.NaN, gcMax: Number.NaN }
  const pendingOf = () => {
    let pending = 0
    for (const group of groups) {
      group.members.forEach((receiver, receiverIndex) => {
        group.members.forEach((sender, senderIndex) => {
          if (senderIndex === receiverIndex) return
          for (let index = receiver.cursor[senderIndex]!; index < sender.sent.clocks.length; index++) if (sender.sent.measured[index]) pending++
        })
      })
    }
    return pending
  }
  const drainEnd = lastSend + drainMs
  while (performance.now() < drainEnd && pendingOf() > 0) await new Promise((resolve) => setTimeout(resolve, 50))
  const drops = pendingOf()
  detach.forEach((each) => each())
  if (recorded) forgetRecordedUpdates()
  const groupsConverged = groups.filter((group) => group.members.every((member) => member.client.stateKey() === group.members[0]!.client.stateKey())).length
  return {
    rate,
    achievedRate: sent / ((lastSend - start) / 1000),
    measured: measuredCount,
    deliveries: samples.length,
    fanOut: latencyStats(samples),
    drops,
    groupsConverged,
    groups: groups.length,
    loadLoopDelayP99: delay.percentile(99) / 1e6,
    loadLoopDelayMax: delay.max / 1e6,
    loadGcMax: loadGc.max,
    loadGcOver10: loadGc.over10,
    ...cpuUse(cpuWindow.from, cpuTo),
    serverLoopDelayP99: serverDelay.p99,
    serverLoopDelayMax: serverDelay.max,
    serverGcMax: serverDelay.gcMax,
  }
}

interface CpuReading {
  at: number
  user: number
  kernel: number
  load: { user: number; kernel: number }
}

/** Cores the server used between two readings (all threads), the kernel's share of that time, and the cores this process used. */
function cpuUse(from: CpuReading | undefined, to: CpuReading): { serverCpu: number; serverKernelShare: number; loadCpu: number } {
  if (!from) return { serverCpu: Number.NaN, serverKernelShare: Number.NaN, loadCpu: Number.NaN }
  const used = to.user + to.kernel - from.user - from.kernel
  const seconds = (to.at - from.at) / 1000
  const loadUsed = to.load.user + to.load.kernel - from.load.user - from.load.kernel
  return { serverCpu: used / seconds, serverKernelShare: (to.kernel - from.kernel) / used, loadCpu: loadUsed / seconds }
}
