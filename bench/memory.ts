/**
 * Memory and size: server RSS with 200 active 200 KB docs (goal ≤ 25× the encoded size per
 * doc), idle docs unloaded after the last client leaves, RSS back to baseline ± 10 % after
 * opening and closing many rooms; and the JS (gzip) of apps/web/dist: what index.html loads, and
 * what a cold load of the sample room fetches until it is interactive (in Chromium).
 * Servers run with a short idle timeout (our `idleUnloadMs`, set in-process by
 * lib/warrantServerMain.ts; the default is 30 s) so the run stays short.
 * Run alone: npx tsx memory.ts [--quick]
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import zlib from 'node:zlib'
import * as Y from 'yjs'
import { fillMapDoc } from './lib/fillDoc'
import { isMain } from './lib/isMain'
import { quick } from './lib/options'
import { benchDir, webDist } from './lib/paths'
import { pinSelfToLoadCore } from './lib/pinning'
import { type Row, type Section, printSection } from './lib/report'
import { NotInstalledError, type ServerStats, type Target, type TargetKind, loadHocuspocusProvider, startTarget, targetNames } from './lib/targets'

/** The goal's 200 in a full run; quick mode loads half as many (the figure is per doc). */
const activeDocs = quick ? 100 : 200
const docBytes = 200_000
const churnRooms = quick ? 500 : 10_000
const idleUnloadMs = 2000

interface MemoryFigures {
  kind: TargetKind
  skipped?: string
  base: ServerStats
  encoded: number
  active: ServerStats
  unloadMs: number
  afterUnload: number
  /** RSS once the active docs have all unloaded: what the allocator keeps after that peak. */
  afterPeak: ServerStats
  afterChurn: ServerStats
  churnMs: number
  error?: string
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`

/** Polls the loaded-doc count until 0; gives up after `timeoutMs`, or after 8 s without any decrease (a server that never unloads). */
async function waitUnloaded(target: Target, timeoutMs: number): Promise<{ ms: number; stats: ServerStats }> {
  const started = performance.now()
  let lastCount = Number.POSITIVE_INFINITY
  let lastChange = started
  for (;;) {
    const stats = await target.stats()
    if (stats.docs < lastCount) {
      lastCount = stats.docs
      lastChange = performance.now()
    }
    if (stats.docs === 0 || performance.now() - started > timeoutMs || performance.now() - lastChange > 8000) return { ms: stats.docs === 0 ? performance.now() - started : Number.NaN, stats }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

async function churn(target: Target, prefix: string, count: number): Promise<void> {
  const concurrency = 50
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const room = `${prefix}-${next++}`
        await target.openRoom(room)
        const client = target.connect(room, 'map')
        await client.synced
        await client.close()
      }
    }),
  )
}

async function openActive(target: Target, room: string, template: Uint8Array) {
  await target.openRoom(room)
  const client = target.connect(room, 'map')
  await client.synced
  Y.applyUpdate(client.doc, template)
  return client
}

async function measureTarget(kind: TargetKind, template: Uint8Array, encoded: number): Promise<MemoryFigures> {
  let target: Target
  try {
    if (kind === 'hocuspocus') await loadHocuspocusProvider()
    target = await startTarget(kind, { idleUnloadMs })
  } catch (error) {
    if (error instanceof NotInstalledError || kind === 'hocuspocus') return { kind, skipped: 'not installed' } as MemoryFigures
    throw error
  }
  const figures = { kind, encoded } as MemoryFigures
  const t0 = performance.now()
  try {
    await churn(target, 'warm', 100)
    figures.base = (await waitUnloaded(target, 30_000)).stats
    const log = (what: string) => console.log(`    ${target.name}: ${what} (${((performance.now() - t0) / 1000).toFixed(1)} s)`)
    log('baseline')
    // The leak test comes first, from the baseline: rooms opened and closed must leave nothing behind.
    const churnStart = performance.now()
    await churn(target, 'churn', churnRooms)
    figures.churnMs = performance.now() - churnStart
    figures.afterChurn = (await waitUnloaded(target, 40_000)).stats
    log('churned')
    // Loaded ten at a time: the figure is memory per doc, not how fast one client uploads.
    const clients: Awaited<ReturnType<typeof openActive>>[] = []
    for (let index = 0; index < activeDocs; index += 10) {
      clients.push(...(await Promise.all(Array.from({ length: Math.min(10, activeDocs - index) }, (_, offset) => openActive(target, `big-${index + offset}`, template)))))
    }
    await new Promise((resolve) => setTimeout(resolve, 1500))
    figures.active = await target.stats()
    log('active docs measured')
    for (const client of clients) await client.close()
    const unloaded = await waitUnloaded(target, 40_000)
    figures.unloadMs = unloaded.ms
    figures.afterUnload = unloaded.stats.docs
    figures.afterPeak = unloaded.stats
    log(`unloaded: ${unloaded.stats.docs} docs left`)
  } catch (error) {
    figures.error = error instanceof Error ? error.message.split('\n')[0] : String(error)
  } finally {
    await target.stop()
  }
  return figures
}

export interface BundleFigures {
  /** The scripts index.html loads: its script tag and modulepreload links. */
  initial: ScriptSize[]
  /**
   * Every script the sample room fetched before it was interactive (highlights, 8 map nodes,
   * "Saved"), initial ones included: what a first visit to a room costs. Null when the room could
   * not be loaded; `roomProblem` says why.
   */
  room: ScriptSize[] | null
  roomProblem?: string
  /** The other scripts of the build, loaded on demand (panels, export, workers, the home page…). */
  lazy: ScriptSize[]
}

interface ScriptSize {
  file: string
  gzip: number
  /** What the server sends a browser that accepts brotli: the build's .br of it, or the file. */
  sent: number
}

/** Gzip -9 of the web app's scripts: what index.html loads, and what opening the sample room loads. */
export function measureBundle(dist = webDist): BundleFigures | null {
  const index = path.join(dist, 'index.html')
  if (!fs.existsSync(index)) return null
  const html = fs.readFileSync(index, 'utf8')
  const initialFiles = new Set([...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1]!))
  const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).byteLength
  const sent = (file: string) => fs.statSync(path.join(dist, fs.existsSync(path.join(dist, `${file}.br`)) ? `${file}.br` : file)).size
  const sizes = (file: string): ScriptSize => ({ file, gzip: gzip(file), sent: sent(file) })
  const all = fs.readdirSync(path.join(dist, 'assets')).filter((file) => file.endsWith('.js')).map((file) => `assets/${file}`)
  const room = roomScripts(dist)
  const roomFiles = 'scripts' in room ? new Set([...initialFiles, ...room.scripts]) : null
  return {
    initial: [...initialFiles].map(sizes),
    room: roomFiles ? [...roomFiles].map(sizes) : null,
    ...('error' in room ? { roomProblem: room.error } : {}),
    lazy: all.filter((file) => !initialFiles.has(file) && !roomFiles?.has(file)).map(sizes),
  }
}

/** The scripts a cold load of the sample room fetches until it is interactive (lib/roomScriptsMain.ts, in Chromium). */
function roomScripts(dist: string): { scripts: string[] } | { error: string } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'lib/roomScriptsMain.ts', dist], { cwd: benchDir, encoding: 'utf8', timeout: 90_000 })
  const line = child.stdout?.trim().split('\n').at(-1)
  try {
    const parsed = JSON.parse(line ?? '') as { scripts: string[] } | { error: string }
    return 'scripts' in parsed ? { scripts: parsed.scripts.map((script) => script.replace(/^\//, '')) } : parsed
  } catch {
    return { error: child.error?.message ?? (child.stderr?.trim().split('\n').at(-1) || `exit ${child.status}`) }
  }
}

export async function measureMemory(): Promise<MemoryFigures[]> {
  pinSelfToLoadCore()
  const template = new Y.Doc()
  const encoded = fillMapDoc(template, docBytes)
  const update = Y.encodeStateAsUpdate(template)
  const all: MemoryFigures[] = []
  for (const kind of ['warrant', 'y-websocket-server', 'hocuspocus'] as const) {
    console.log(`  ${targetNames[kind]}`)
    all.push(await measureTarget(kind, update, encoded))
  }
  return all
}

const growth = (after: ServerStats, before: ServerStats) => `${after.rss >= before.rss ? '+' : ''}${(((after.rss - before.rss) / before.rss) * 100).toFixed(0)} %`
const peakCell = (f: MemoryFigures) => `${mb(f.afterPeak.rss)} vs ${mb(f.base.rss)} (${growth(f.afterPeak, f.base)}; heap ${mb(f.afterPeak.heapUsed)} vs ${mb(f.base.heapUsed)})`
const unloadCell = (f: MemoryFigures) => (Number.isFinite(f.unloadMs) ? `${(f.unloadMs / 1000).toFixed(1)} s for ${activeDocs} docs` : `not unloaded: ${f.afterUnload} docs still loaded`)

export function memorySection(all: MemoryFigures[], bundle: BundleFigures | null): Section {
  const [ours, reference, hocuspocus] = all as [MemoryFigures, MemoryFigures, MemoryFigures]
  const perDoc = (f: MemoryFigures) => (f.active.rss - f.base.rss) / activeDocs
  const cell = (f: MemoryFigures, value: (f: MemoryFigures) => string) => {
    if (f.skipped) return f.skipped
    try {
      return value(f)
    } catch {
      return `failed: ${f.error ?? '?'}`
    }
  }
  const both = (value: (f: MemoryFigures) => string) => `${cell(reference, value)}; Hocuspocus: ${cell(hocuspocus, value)}`
  const rows: Row[] = [
    {
      measure: `RSS with ${activeDocs} active ${(docBytes / 1000).toFixed(0)} KB docs, per doc (× encoded size)`,
      ours: cell(ours, (f) => `${mb(perDoc(f))} (${(perDoc(f) / f.encoded).toFixed(1)}×; total ${mb(f.active.rss)})`),
      peer: both((f) => `${mb(perDoc(f))} (${(perDoc(f) / f.encoded).toFixed(1)}×)`),
      ratio: ours.skipped || reference.skipped || !ours.active || !reference.active ? 'n/a' : `${(perDoc(ours) / perDoc(reference)).toFixed(2)}×`,
      goal: '≤ 25× encoded',
    },
    {
      measure: `last client leaves → docs unloaded (idle timeout ${idleUnloadMs} ms here)`,
      ours: cell(ours, (f) => unloadCell(f)),
      peer: both(unloadCell),
      ratio: '',
      goal: '≤ 30 s (default timeout)',
    },
    {
      measure: `RSS after ${churnRooms.toLocaleString('en')} rooms opened and closed vs the baseline before them`,
      ours: cell(ours, (f) => `${mb(f.afterChurn.rss)} vs ${mb(f.base.rss)} (${growth(f.afterChurn, f.base)}), ${f.afterChurn.docs} docs loaded, churn ${(f.churnMs / 1000).toFixed(1)} s`),
      peer: both((f) => `${mb(f.afterChurn.rss)} vs ${mb(f.base.rss)} (${growth(f.afterChurn, f.base)}), ${f.afterChurn.docs} docs loaded, churn ${(f.churnMs / 1000).toFixed(1)} s`),
      ratio: '',
      goal: 'baseline ± 10 %',
    },
    {
      measure: `RSS after the ${activeDocs} active docs unloaded vs the baseline (heap used in brackets)`,
      ours: cell(ours, peakCell),
      peer: both(peakCell),
      ratio: '',
      goal: '',
    },
  ]
  if (bundle) {
    const sum = (list: ScriptSize[], key: 'gzip' | 'sent' = 'gzip') => list.reduce((total, each) => total + each[key], 0)
    const size = (list: ScriptSize[]) => `${(sum(list) / 1000).toFixed(1)} KB (${(sum(list) / 1024).toFixed(1)} KiB)`
    const sentSize = (list: ScriptSize[]) => `${(sum(list, 'sent') / 1000).toFixed(1)} KB as the server sends it (brotli)`
    const initial = new Set(bundle.initial.map((each) => each.file))
    rows.push(
      {
        measure: 'initial JS, gzip -9 (the scripts index.html loads)',
        ours: `${size(bundle.initial)} in ${bundle.initial.length} files (${bundle.initial.map((each) => each.file).join(', ')}), ${sentSize(bundle.initial)}; on demand (neither initial nor fetched by the room): ${size(bundle.lazy)} in ${bundle.lazy.length} files`,
        peer: '',
        ratio: '',
        goal: '≤ 250 KB',
      },
      {
        measure: 'sample room, JS fetched until interactive, gzip -9 (initial + what the room imports at once)',
        ours: bundle.room
          ? `${size(bundle.room)} in ${bundle.room.length} files (initial + ${bundle.room
              .filter((each) => !initial.has(each.file))
              .map((each) => `${each.file} ${(each.gzip / 1000).toFixed(1)} KB`)
              .join(', ')}), ${sentSize(bundle.room)}`
          : `not measured: ${bundle.roomProblem ?? '?'}`,
        peer: '',
        ratio: '',
        goal: '',
      },
    )
  }
  return {
    title: 'Memory and size',
    what:
      `Each server alone on core 0 with its stats port (RSS after two full GCs, \`--expose-gc\`). Baseline after 100 rooms opened and closed; then ${churnRooms.toLocaleString('en')} rooms ` +
      `are opened (one client, initial sync) and closed, 50 at a time, and RSS is compared with that baseline; then ${activeDocs} rooms each get a ` +
      `${(docBytes / 1000).toFixed(0)} KB map doc (loaded 10 at a time; ${activeDocs} connected clients stay); then they leave and the loaded-doc count is polled until 0. Warrant runs with \`idleUnloadMs: ${idleUnloadMs}\`; @y/websocket-server (no persistence) drops a doc at its last close; Hocuspocus unloads after storing.`,
    peerName: '@y/websocket-server 0.1.1; Hocuspocus 4 + SQLite',
    rows,
    notes: [
      ...all.filter((f) => f.error).map((f) => `${targetNames[f.kind]} stopped early: ${f.error}`),
      ...(bundle ? [] : ['Initial JS not measured: apps/web/dist is not built.']),
      ...(quick ? [`Quick mode: ${churnRooms.toLocaleString('en')} rooms churned instead of 10,000, and ${activeDocs} active docs instead of 200.`] : []),
    ],
  }
}

if (isMain(import.meta.url)) {
  console.log('Memory and size')
  printSection(memorySection(await measureMemory(), measureBundle()))
  process.exit(0)
}
