/**
 * Sync server at scale (issue 6, item 1): Warrant next to @y/websocket-server 0.1.1 and
 * Hocuspocus 4 (+ SQLite; skipped with "not installed" when it cannot be imported).
 * 1. Connect + initial sync of a fresh client to a loaded doc of 10 KB / 200 KB / 2 MB.
 * 2. Rooms × users (two connections each: map + text) × the update mix, at increasing total
 *    rates: fan-out p50/p95/p99 at every other connection of the doc, drops, convergence; the
 *    highest rate sustained with p99 ≤ 50 ms, no drops and ≥ 90 % of the asked rate, every rate
 *    below it too (the goal rate, and a rate that fails its first run, run 3 times: the median p99
 *    counts).
 * 3. Server RSS per loaded doc (after a full GC, through the server's stats port).
 * Raw y-protocols clients over `ws` (Hocuspocus: its own provider), all in this process on core 1.
 * Run alone: npx tsx syncScale.ts [--quick]; BENCH_SCALE_TARGETS=warrant,hocuspocus picks servers.
 */
import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { fillMapDoc } from './lib/fillDoc'
import { isMain } from './lib/isMain'
import { quick } from './lib/options'
import { pinSelfToLoadCore } from './lib/pinning'
import { type Row, type Section, printSection } from './lib/report'
import { updateMix } from './lib/planChanges'
import { type RateResult, openScaleLoad, runRate } from './lib/scaleLoad'
import { type LatencyStats, formatMs, latencyStats, median } from './lib/stats'
import { NotInstalledError, type Target, type TargetKind, loadHocuspocusProvider, startTarget, targetNames } from './lib/targets'

export const scaleConfig = quick
  ? { rooms: Number(process.env.BENCH_SCALE_ROOMS ?? 125), usersPerRoom: 4, rates: [250, 1000, 4000, 8000], seconds: 3, warmup: 0.5, warmupRun: 1, goalRepeats: 1, sizes: [10_000, 200_000, 2_000_000], connects: 5 }
  : { rooms: 500, usersPerRoom: 4, rates: [250, 500, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 10000, 12000], seconds: 8, warmup: 1, warmupRun: 4, goalRepeats: 3, sizes: [10_000, 200_000, 2_000_000], connects: 15 }
/** `BENCH_SCALE_RATES=3000,4000`: only those rates (profiling one load). */
const ratesOverride = process.env.BENCH_SCALE_RATES?.split(',').map(Number).filter((rate) => rate > 0)
if (ratesOverride?.length) scaleConfig.rates = ratesOverride
/** The generator's young-generation flag, if it was started with one (see package.json). */
const generatorSemiSpace = process.execArgv.find((arg) => arg.startsWith('--max-semi-space-size'))
const goalRate = 1000
const ceilingP99 = 50

export interface TargetScale {
  kind: TargetKind
  skipped?: string
  initial: { size: number; encoded: number; connect: LatencyStats }[]
  connectMs: number
  roomsMs: number
  connections: number
  docs: number
  rssPerDoc: number
  rssBase: number
  rates: RateResult[]
  /** Every run of the goal rate and of each rate that ran more than once (one that failed its first run); `rates` holds the one with the median p99. */
  repeatedRuns: Map<number, RateResult[]>
  ceiling: number
  error?: string
}

const cores = (cpu: number) => (Number.isFinite(cpu) ? `${cpu.toFixed(2)} core` : 'n/a')

/**
 * The server's CPU as a line over the rates where it was not near saturation (least squares):
 * CPU = fixed + perThousand × rate / 1,000. The rate one core would carry, (1 − fixed) ÷
 * perThousand, measures capacity without the fan-out tails, which the load generator's own
 * stalls move as much as the server does.
 */
function cpuLine(f: TargetScale): { fixed: number; perThousand: number; capacity: number } | null {
  const points = f.rates.filter((r) => Number.isFinite(r.serverCpu) && r.serverCpu < 0.8).map((r) => ({ x: r.rate / 1000, y: r.serverCpu }))
  if (points.length < 2) return null
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length
  const spread = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0)
  const perThousand = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0) / spread
  const fixed = meanY - perThousand * meanX
  return perThousand > 0 ? { fixed, perThousand, capacity: ((1 - fixed) / perThousand) * 1000 } : null
}

function capacityCell(f: TargetScale): string {
  const line = cpuLine(f)
  return line ? `${line.fixed.toFixed(2)} core + ${line.perThousand.toFixed(3)} core per 1,000/s → ${line.capacity.toFixed(0)}/s` : 'n/a'
}

const sustained = (result: RateResult) => result.fanOut.p99 <= ceilingP99 && result.drops === 0 && result.achievedRate >= 0.9 * result.rate && result.groupsConverged === result.groups

async function initialSync(target: Target, size: number, connects: number): Promise<{ size: number; encoded: number; connect: LatencyStats }> {
  const room = `init-${size}-${Date.now().toString(36)}`
  await target.openRoom(room)
  const writer = target.connect(room, 'map')
  await writer.synced
  const encoded = fillMapDoc(writer.doc, size)
  const complete = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc).byteLength >= encoded * 0.98
  // Wait until the server holds it all (a fresh client gets everything).
  for (let attempt = 0; ; attempt++) {
    const probe = target.connect(room, 'map')
    await probe.synced
    const done = complete(probe.doc)
    await probe.close()
    if (done) break
    if (attempt > 60) throw new Error(`${target.name}: the ${size}-byte doc never arrived whole`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const times: number[] = []
  for (let each = 0; each < connects; each++) {
    const started = performance.now()
    const client = target.connect(room, 'map')
    await client.synced
    const ms = performance.now() - started
    if (complete(client.doc)) times.push(ms)
    await client.close()
  }
  await writer.close()
  return { size, encoded, connect: latencyStats(times) }
}

export async function measureTarget(kind: TargetKind): Promise<TargetScale> {
  const figures: TargetScale = { kind, initial: [], connectMs: Number.NaN, roomsMs: Number.NaN, connections: 0, docs: 0, rssPerDoc: Number.NaN, rssBase: Number.NaN, rates: [], repeatedRuns: new Map(), ceiling: 0 }
  let target: Target
  try {
    if (kind === 'hocuspocus') await loadHocuspocusProvider().catch((error: unknown) => Promise.reject(new NotInstalledError(`@hocuspocus/provider: ${String(error)}`)))
    target = await startTarget(kind, process.env.BENCH_CPU_PROF ? { cpuProfileDir: process.env.BENCH_CPU_PROF } : {})
  } catch (error) {
    if (error instanceof NotInstalledError) return { ...figures, skipped: 'not installed' }
    throw error
  }
  try {
    for (const size of scaleConfig.sizes) figures.initial.push(await initialSync(target, size, scaleConfig.connects))
    figures.rssBase = (await target.stats()).rss
    const load = await openScaleLoad(target, `scale-${Date.now().toString(36)}`, scaleConfig.rooms, scaleConfig.usersPerRoom)
    figures.connectMs = load.connectMs
    figures.roomsMs = load.roomsMs
    figures.connections = load.connections
    const loaded = await target.stats()
    figures.docs = loaded.docs
    figures.rssPerDoc = (loaded.rss - figures.rssBase) / (scaleConfig.rooms * 2)
    try {
      // Unmeasured: the load generator's JIT and heap settle on the first server as on the next ones.
      await runRate(load, goalRate, scaleConfig.warmupRun, scaleConfig.warmupRun, 3000)
      for (const rate of scaleConfig.rates) {
        // The goal rate runs several times and counts the median p99: one 8 s run holds only a few of
        // the generator's 20–50 ms scavenges, and whether one lands in it moved that p99 by 2–4×.
        // A rate that fails its first run runs as often, for the same reason: one stall of the shared
        // host (both processes' loops stopped 80 ms at once in a full run) had failed a rate that the
        // runs before and after it passed. The same rule for every server.
        const runs: RateResult[] = []
        const repeats = (first?: RateResult) => (rate === goalRate || (first && !sustained(first)) ? scaleConfig.goalRepeats : 1)
        while (runs.length < repeats(runs[0])) {
          process.stdout.write(`  ${target.name}: ${rate}/s … `)
          const result = await runRate(load, rate, scaleConfig.seconds, scaleConfig.warmup, 3000, target)
          runs.push(result)
          console.log(`p99 ${formatMs(result.fanOut.p99)}, drops ${result.drops}, ${result.achievedRate.toFixed(0)}/s, load-loop p99 ${formatMs(result.loadLoopDelayP99)} max ${formatMs(result.loadLoopDelayMax)} gc max ${formatMs(result.loadGcMax)} (${result.loadGcOver10} over 10 ms), server loop p99 ${formatMs(result.serverLoopDelayP99)} max ${formatMs(result.serverLoopDelayMax)} gc max ${formatMs(result.serverGcMax)}, server CPU ${cores(result.serverCpu)} (${(result.serverKernelShare * 100).toFixed(0)} % kernel), generator CPU ${cores(result.loadCpu)}`)
        }
        const p99s = runs.map((each) => each.fanOut.p99)
        const result = runs[p99s.indexOf(median(p99s))]!
        figures.rates.push(result)
        if (runs.length > 1 || rate === goalRate) figures.repeatedRuns.set(rate, runs)
        // The ceiling is the highest rate held with every rate below it held too. Before failures were
        // run again, the ladder went on past one failed rate (it could be a stall of the generator's
        // own) and counted a higher pass: 10,000/s above a 7,000 that failed three runs of three.
        if (!sustained(result)) break
        figures.ceiling = rate
      }
    } finally {
      await load.close()
    }
  } catch (error) {
    figures.error = error instanceof Error ? error.message.split('\n')[0] : String(error)
  } finally {
    await target.stop()
  }
  return figures
}

export async function measureSyncScale(): Promise<TargetScale[]> {
  pinSelfToLoadCore()
  const all: TargetScale[] = []
  // BENCH_SCALE_TARGETS=warrant (comma-separated) measures only those, in that order (the
  // load generator's heap differs between the first and later servers), e.g. to profile one server.
  const kinds = ['warrant', 'y-websocket-server', 'hocuspocus'] as const
  const order = process.env.BENCH_SCALE_TARGETS?.split(',').filter((kind): kind is TargetKind => (kinds as readonly string[]).includes(kind)) ?? [...kinds]
  const measured = new Map<TargetKind, TargetScale>()
  for (const kind of order) {
    console.log(`  ${targetNames[kind]}`)
    measured.set(kind, await measureTarget(kind))
  }
  for (const kind of kinds) {
    all.push(measured.get(kind) ?? { kind, skipped: 'not measured (BENCH_SCALE_TARGETS)', initial: [], connectMs: 0, roomsMs: 0, connections: 0, docs: 0, rssPerDoc: 0, rssBase: 0, rates: [], repeatedRuns: new Map(), ceiling: 0 })
  }
  return all
}

const kb = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} KB`)

export function syncScaleSection(all: TargetScale[]): Section {
  const [ours, reference, hocuspocus] = all as [TargetScale, TargetScale, TargetScale]
  const cell = (figures: TargetScale, value: (f: TargetScale) => string) => (figures.skipped ? figures.skipped : figures.error && !figures.rates.length ? `failed: ${figures.error}` : value(figures))
  const peerCell = (value: (f: TargetScale) => string) => `${cell(reference, value)}; Hocuspocus: ${cell(hocuspocus, value)}`
  const rows: Row[] = []
  scaleConfig.sizes.forEach((size, index) => {
    const pick = (f: TargetScale) => {
      const found = f.initial[index]
      return found ? `${formatMs(found.connect.p50)} / ${formatMs(found.connect.p95)} (${kb(found.encoded)})` : 'n/a'
    }
    rows.push({ measure: `connect + initial sync, ${kb(size)} doc: p50 / p95`, ours: cell(ours, pick), peer: peerCell(pick), ratio: ratioOf(ours.initial[index]?.connect.p50, reference.initial[index]?.connect.p50), goal: '' })
  })
  rows.push({
    measure: `open ${scaleConfig.rooms} rooms × ${scaleConfig.usersPerRoom} users (map + text connections each)`,
    ours: cell(ours, (f) => `${f.connections} connections in ${(f.connectMs / 1000).toFixed(1)} s`),
    peer: peerCell((f) => `${(f.connectMs / 1000).toFixed(1)} s`),
    ratio: ratioOf(ours.connectMs, reference.connectMs),
    goal: '2,000 clients / 500 rooms',
  })
  rows.push({
    measure: `register ${scaleConfig.rooms} rooms first (not in the row above)`,
    ours: cell(ours, (f) => `${(f.roomsMs / 1000).toFixed(1)} s (POST /api/rooms: registry row, owner link, token, initial docs; one SQLite transaction each)`),
    peer: 'nothing to register',
    ratio: '',
    goal: '',
  })
  for (const rate of scaleConfig.rates) {
    const pick = (f: TargetScale) => {
      const r = f.rates.find((each) => each.rate === rate)
      const runs = f.repeatedRuns.get(rate)
      const repeats = runs && runs.length > 1 ? ` (median of ${runs.length} runs; their p99s: ${runs.map((each) => formatMs(each.fanOut.p99)).join(', ')})` : ''
      return r ? `${formatMs(r.fanOut.p50)} / ${formatMs(r.fanOut.p95)} / ${formatMs(r.fanOut.p99)}${repeats}; ${r.achievedRate.toFixed(0)}/s, drops ${r.drops}, converged ${r.groupsConverged}/${r.groups}; server CPU ${cores(r.serverCpu)} (${(r.serverKernelShare * 100).toFixed(0)} % in the kernel)` : 'not run (a lower rate failed)'
    }
    const ourRate = ours.rates.find((each) => each.rate === rate)
    const refRate = reference.rates.find((each) => each.rate === rate)
    rows.push({ measure: `${rate} updates/s: fan-out p50 / p95 / p99`, ours: cell(ours, pick), peer: peerCell(pick), ratio: ratioOf(ourRate?.fanOut.p99, refRate?.fanOut.p99), goal: rate === goalRate ? 'p99 ≤ 10 ms, 0 drops' : `p99 ≤ ${ceilingP99} ms` })
  }
  rows.push({
    measure: `highest sustained rate (p99 ≤ ${ceilingP99} ms, 0 drops, ≥ 90 % achieved)`,
    ours: cell(ours, (f) => `${f.ceiling}/s`),
    peer: peerCell((f) => `${f.ceiling}/s`),
    ratio: reference.ceiling > 0 ? `${(ours.ceiling / reference.ceiling).toFixed(2)}×` : 'n/a',
    goal: '≥ 2× reference, ≥ Hocuspocus',
  })
  rows.push({
    measure: 'server CPU (all threads, from /proc) fitted over the rates below 0.8 core → the rate one core carries',
    ours: cell(ours, (f) => capacityCell(f)),
    peer: peerCell((f) => capacityCell(f)),
    ratio: ratioOf(cpuLine(ours)?.capacity, cpuLine(reference)?.capacity),
    goal: '≥ 2× reference (capacity)',
  })
  rows.push({ measure: 'server RSS per loaded doc (after GC)', ours: cell(ours, (f) => `${kb(f.rssPerDoc)} (${f.docs} docs loaded)`), peer: peerCell((f) => kb(f.rssPerDoc)), ratio: ratioOf(ours.rssPerDoc, reference.rssPerDoc), goal: '' })
  const delays = all.flatMap((f) => f.rates.map((r) => r.loadLoopDelayP99)).filter(Number.isFinite)
  const goalRuns = (f: TargetScale) => f.repeatedRuns.get(goalRate) ?? []
  const pausesAtGoal = (f: TargetScale) =>
    `${targetNames[f.kind]}: server ${goalRuns(f).map((r) => `${formatMs(r.serverLoopDelayMax)} / ${formatMs(r.serverGcMax)}`).join(', ')}; generator ${goalRuns(f).map((r) => `${formatMs(r.loadLoopDelayMax)} / ${formatMs(r.loadGcMax)}`).join(', ')}`
  const stallsOf = (f: TargetScale) => f.rates.map((r) => `${r.rate}/s ${formatMs(r.loadLoopDelayMax)}`).join(', ')
  return {
    title: 'Sync server at scale',
    what:
      `${scaleConfig.rooms} rooms × ${scaleConfig.usersPerRoom} users; each user holds a map-doc and a text-doc connection (${scaleConfig.rooms * scaleConfig.usersPerRoom * 2} sockets). ` +
      `Update mix: ${updateMix.moves * 100} % map moves (Y.Map set), ${updateMix.adds * 100} % node + link adds (one transaction), ${updateMix.text * 100} % 20-character text inserts. ` +
      `Each rate runs ${scaleConfig.seconds} s (first ${scaleConfig.warmup} s unmeasured); fan-out = sender's clock before the write → every other connection of that doc has it. ` +
      (scaleConfig.goalRepeats > 1 ? `The goal rate runs ${scaleConfig.goalRepeats} times, and so does any rate whose first run fails; the row shows the run with the median p99. The ladder stops at the first rate that fails, and the ceiling is the rate below it. ` : 'The ladder stops at the first rate that fails, and the ceiling is the rate below it. ') +
      'Raw clients make each rate\'s changes before its clock starts (the same seeded sequence for every server) and send the prepared frames on time; receivers know an update by its header (first client and clock) and track the clocks they received instead of applying it. ' +
      'Applying three copies of every update saturated the generator\'s one core near 4,000 updates/s, and making the changes during the run stalled it 20–30 ms every ~0.4 s (scavenges of the new Yjs structs), 89–202 ms at 2,000–3,000/s in full runs: before that, the ceiling was the generator\'s. Hocuspocus\'s own provider still makes its changes during the run and applies every update (heavier on its side of the generator). ' +
      'Raw y-protocols clients over `ws` for Warrant and @y/websocket-server, `@hocuspocus/provider` for Hocuspocus; all clients in one process on core 1, each server alone on core 0, one server at a time. ' +
      `Initial sync: a writer fills a map doc, then ${scaleConfig.connects} fresh clients connect one after another (doc already loaded).`,
    peerName: '@y/websocket-server 0.1.1; Hocuspocus 4 + SQLite',
    rows,
    notes: [
      `The load generator's own event-loop delay p99 ranged ${delays.length ? `${formatMs(Math.min(...delays))} – ${formatMs(Math.max(...delays))}` : 'n/a'}: part of every fan-out figure is this process receiving ${scaleConfig.usersPerRoom - 1} copies of each update. ` +
        `Its longest stall per rate (a fan-out tail up to this long can be the generator's): ${all.filter((f) => f.rates.length > 0).map((f) => `${targetNames[f.kind]}: ${stallsOf(f)}`).join('; ')}. ` +
        'Where that reaches the tail, the generator (one core for 4,000 sockets) is the limit, not the server.',
      `Who stalled at ${goalRate}/s, per run: the longest event-loop delay / the longest GC pause, in the server and in the generator (the loop delay is sampled every 5 ms and includes those 5 ms). ` +
        `${all.filter((f) => goalRuns(f).length > 0).map(pausesAtGoal).join('; ')}.`,
      (generatorSemiSpace
        ? `The generator runs with \`${generatorSemiSpace}\` (\`pnpm bench\`, \`pnpm --filter @warrant/bench scale\`): with V8's default young generation its scavenges and the major GCs they fed stalled it 60–235 ms at 4,000–6,000/s, and one such stall failed a rate for whichever server was measured. `
        : 'The generator ran with V8\'s default young generation (not through `pnpm bench`): its GC stalls of 60–235 ms at 4,000–6,000/s can fail a rate for any server. ') +
      `Before the measured rates each server gets ${scaleConfig.warmupRun} s at ${goalRate}/s unmeasured, and the generator runs a full GC before every rate: without that the first server measured met the generator's 200–450 ms GC pauses and the next did not.`,
      'Warrant appends every update to SQLite (WAL, fsync per group commit); @y/websocket-server runs without persistence; Hocuspocus stores through its SQLite extension debounced (2 s, max 10 s).',
      ...all.filter((f) => f.error).map((f) => `${targetNames[f.kind]} stopped early: ${f.error}`),
    ],
  }
}

function ratioOf(ours: number | undefined, peer: number | undefined): string {
  if (ours === undefined || peer === undefined || !Number.isFinite(ours) || !Number.isFinite(peer) || peer === 0) return 'n/a'
  return `${(ours / peer).toFixed(2)}×`
}

if (isMain(import.meta.url)) {
  console.log('Sync server at scale')
  printSection(syncScaleSection(await measureSyncScale()))
  process.exit(0)
}
