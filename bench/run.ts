/**
 * Runs every benchmark and rewrites /work/main/BENCHMARKS.md. `--quick` for a run of at most
 * about five minutes. A benchmark that cannot run (e.g. the web app is not built) gets a section
 * saying so; the others still run.
 */
import fs from 'node:fs'
import { canvasSection } from './canvas'
import { dragRendersSection } from './dragRenders'
import { durabilitySection, measureDurability } from './durability'
import { evaluationSection } from './evaluation'
import { exportImagesSection } from './exportImages'
import { layoutSection } from './layout'
import { measureBundle, measureMemory, memorySection } from './memory'
import { measureSyncScale, syncScaleSection } from './syncScale'
import { findingsMarkdown } from './lib/findings'
import { machineMarkdown } from './lib/machine'
import { measureSync } from './lib/measureSync'
import { quick } from './lib/options'
import { benchmarksFile } from './lib/paths'
import { type Section, failedSection, printSection, sectionMarkdown } from './lib/report'
import { openRoomSection } from './openRoom'
import { readerSection } from './reader'
import { savedAckSection } from './savedAck'
import { syncLatencySection } from './syncLatency'

/** How long each benchmark took, so that `--quick` can be kept within its budget. */
const durations: { titles: string[]; seconds: number }[] = []

async function attempt(titles: string[], run: () => Promise<Section[]>): Promise<Section[]> {
  console.log(`\n${titles.join(' + ')}`)
  const began = Date.now()
  try {
    const sections = await run()
    sections.forEach(printSection)
    return sections
  } catch (error) {
    console.error(`  failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
    return titles.map((title) => failedSection(title, error))
  } finally {
    durations.push({ titles, seconds: (Date.now() - began) / 1000 })
    console.log(`  (${((Date.now() - began) / 1000).toFixed(0)} s)`)
  }
}

const started = Date.now()
const sections = [
  ...(await attempt(['Saved-ack latency', 'Fan-out latency'], async () => {
    const measurement = await measureSync()
    return [savedAckSection(measurement), syncLatencySection(measurement)]
  })),
  ...(await attempt(['Sync server at scale'], async () => [syncScaleSection(await measureSyncScale())])),
  ...(await attempt(['Durability: saved acks and kill -9'], async () => [durabilitySection(await measureDurability())])),
  ...(await attempt(['Memory and size'], async () => [memorySection(await measureMemory(), measureBundle())])),
  ...(await attempt(['Open the sample room'], async () => [await openRoomSection()])),
  ...(await attempt(['Renders per drag frame'], async () => [await dragRendersSection()])),
  ...(await attempt(['Canvas'], async () => [await canvasSection()])),
  ...(await attempt(['Reader'], async () => [await readerSection()])),
  ...(await attempt(['Grounded labelling (evaluation)'], async () => [evaluationSection()])),
  ...(await attempt(['Layout'], async () => [await layoutSection()])),
  ...(await attempt(['Map export (500 nodes)'], async () => [await exportImagesSection()])),
]

const markdown = [
  '# Benchmarks',
  '',
  `Written by \`pnpm bench${quick ? ' --quick' : ''}\` (bench/run.ts; see bench/README.md). Every figure sits next to a peer measured in the same run;`,
  'these are measurements on one machine, not assertions. Rerun to refresh.',
  '',
  machineMarkdown(),
  `- Mode: ${quick ? 'quick' : 'full'}; this run took ${((Date.now() - started) / 1000).toFixed(0)} s (${durations.map((d) => `${d.titles.join(' + ')} ${d.seconds.toFixed(0)} s`).join(', ')})`,
  '',
  ...sections.map(sectionMarkdown),
  findingsMarkdown,
].join('\n')
fs.writeFileSync(benchmarksFile, markdown)
console.log(`\nWrote ${benchmarksFile}`)
process.exit(0)
