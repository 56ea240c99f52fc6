/**
 * Top self-time functions of a V8 CPU profile (`node --cpu-prof`), to name the hot code behind a
 * figure. Usage: npx tsx profileSummary.ts <file.cpuprofile> [count]
 * Profiles of the benchmark servers: BENCH_CPU_PROF=<dir> npx tsx syncScale.ts --quick
 */
import fs from 'node:fs'
import { isMain } from './lib/isMain'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

export function topSelfTime(file: string, count = 15): { name: string; percent: number }[] {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)!
    const delta = profile.timeDeltas[index] ?? 0
    const { functionName, url, lineNumber } = node.callFrame
    const where = url.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/^file:\/\/\/work\/main\//, '')
    const name = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`
    self.set(name, (self.get(name) ?? 0) + delta)
    total += delta
  })
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, time]) => ({ name, percent: (100 * time) / total }))
}

if (isMain(import.meta.url)) {
  for (const { name, percent } of topSelfTime(process.argv[2]!, Number(process.argv[3] ?? 15))) console.log(`${percent.toFixed(1).padStart(5)} %  ${name}`)
}
