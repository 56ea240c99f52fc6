import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from './paths'

export function cpuModel(): string {
  try {
    const line = fs.readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((each) => each.startsWith('model name'))
    return line?.split(':')[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown'
  } catch {
    return os.cpus()[0]?.model ?? 'unknown'
  }
}

export function chromiumVersion(): string {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return 'not found'
  }
}

/** The installed version of a package as seen from a workspace package's node_modules. */
function versionOf(from: string, name: string): string {
  try {
    const file = path.join(repoRoot, from, 'node_modules', name, 'package.json')
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
  } catch {
    return '?'
  }
}

const loadAtStart = os.loadavg()

/** The machine, the versions, and the 1-minute load average before and after (other work on the machine skews figures). */
export function machineMarkdown(): string {
  const versions: [string, string, string][] = [
    ['bench', 'yjs', 'yjs'],
    ['bench', 'y-protocols', 'y-protocols'],
    ['bench', 'y-websocket', 'y-websocket'],
    ['bench', 'ws', 'ws'],
    ['bench', '@y/websocket-server', '@y/websocket-server (peer)'],
    ['bench', 'playwright-core', 'playwright-core'],
    ['bench', 'tsx', 'tsx'],
    ['apps/server', 'better-sqlite3', 'better-sqlite3'],
    ['apps/web', 'react', 'react'],
    ['apps/web', '@xyflow/react', '@xyflow/react'],
    ['apps/web', '@tiptap/core', '@tiptap/core'],
    ['apps/web', 'vite', 'vite'],
  ]
  const lines = [
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${os.cpus().length} cores, ${cpuModel()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`,
    `- Node ${process.version}; ${chromiumVersion()}`,
    `- Load average (1 min) at start / end: ${loadAtStart[0]!.toFixed(2)} / ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores (above ~0.5 other processes shared the cores, so latencies are noisier)`,
    `- Packages: ${versions.map(([from, name, label]) => `${label} ${versionOf(from, name)}`).join(', ')}`,
  ]
  return lines.join('\n')
}
