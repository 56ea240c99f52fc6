/**
 * Top functions of a V8 CPU profile (`node --cpu-prof`) by self time and by total time (with what
 * they call), to name the hot code behind a figure.
 * Usage: npx tsx profileSummary.ts <file.cpuprofile> [count] [--window <from>-<to>]
 * Profiles of the benchmark servers: BENCH_CPU_PROF=<dir> npx tsx syncScale.ts --quick. With
 * BENCH_PRINT_WINDOW=1 each rate prints its sending seconds as `window <from>-<to>` (µs on the
 * monotonic clock the profiles use, shared by every process), so a summary can leave out start-up.
 */
import fs from 'node:fs'
import { isMain } from './lib/isMain'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
  startTime: number
}

export interface ProfileLine {
  name: string
  percent: number
}

/** Self and total time per function, as a share of the sampled time inside `window` (µs), or all of it. */
export function summariseProfile(file: string, count = 15, window?: { from: number; to: number }): { self: ProfileLine[]; total: ProfileLine[] } {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parentOf = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id)
  const nameOf = ({ callFrame: { functionName, url, lineNumber } }: ProfileNode) =>
    `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/^file:\/\/\/work\/main\//, '')}:${lineNumber + 1}`
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  let sampled = 0
  let at = profile.startTime
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0
    at += delta
    if (window && (at < window.from || at > window.to)) return
    sampled += delta
    const leaf = nameOf(byId.get(id)!)
    self.set(leaf, (self.get(leaf) ?? 0) + delta)
    // Each function once per sample, however deep it recurses.
    const seen = new Set<string>()
    for (let node: number | undefined = id; node !== undefined; node = parentOf.get(node)) {
      const name = nameOf(byId.get(node)!)
      if (seen.has(name)) continue
      seen.add(name)
      total.set(name, (total.get(name) ?? 0) + delta)
    }
  })
  const top = (times: Map<string, number>) =>
    [...times.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, time]) => ({ name, percent: (100 * time) / sampled }))
  return { self: top(self), total: top(total) }
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2)
  const windowAt = args.indexOf('--window')
  const [from, to] = windowAt >= 0 ? args.splice(windowAt, 2)[1]!.split('-').map(Number) : []
  const { self, total } = summariseProfile(args[0]!, Number(args[1] ?? 15), from !== undefined && to !== undefined ? { from, to } : undefined)
  const print = (title: string, lines: ProfileLine[]) => {
    console.log(title)
    for (const { name, percent } of lines) console.log(`${percent.toFixed(1).padStart(5)} %  ${name}`)
  }
  print('Self time', self)
  print('Total time (with callees)', total)
}
