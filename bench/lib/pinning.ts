import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'

/** Core the servers run on, and core the load generator (this process, Chromium) runs on. */
export const serverCore = 0
export const loadCore = 1

/** `BENCH_PIN=0` runs everything on every core: what a page gets with a core of its own for raster. */
export function canPin(): boolean {
  if (os.cpus().length < 2 || process.env.BENCH_PIN === '0') return false
  return spawnSync('taskset', ['-V'], { stdio: 'ignore' }).status === 0
}

/** Pins every thread of this process to the load core; children spawned later inherit it. */
export function pinSelfToLoadCore(): boolean {
  if (!canPin()) return false
  return spawnSync('taskset', ['-a', '-p', '-c', String(loadCore), String(process.pid)], { stdio: 'ignore' }).status === 0
}

/**
 * Lets every thread of this process (and children spawned later) run on all cores again, for a
 * benchmark with no server to keep apart from, where a browser's own threads (image decode,
 * PNG encode) would otherwise share the load core.
 */
export function unpinSelf(): boolean {
  if (!canPin()) return false
  return spawnSync('taskset', ['-a', '-p', '-c', `0-${os.cpus().length - 1}`, String(process.pid)], { stdio: 'ignore' }).status === 0
}

/** The command prefix that runs a child on the server core, or nothing when pinning is unavailable. */
export function serverCorePrefix(): string[] {
  return canPin() ? ['taskset', '-c', String(serverCore)] : []
}

/** Cores as taskset names them: every core of the machine, or the load core. */
export const allCores = () => `0-${os.cpus().length - 1}`

/**
 * Moves every thread of each Chromium process this process started (the browser and its
 * renderers, GPU and utility processes) to `cores`; the servers, also children, stay where they are.
 */
export function pinChromiumTo(cores: string): boolean {
  if (!canPin()) return false
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name, in parentheses, may hold spaces: the fields after it are plain.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // The process ended while we looked.
    }
  }
  const isChromium = (pid: number) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chromium')
    } catch {
      return false
    }
  }
  const moved: number[] = []
  const visit = (pid: number, inChromium: boolean) => {
    for (const child of children.get(pid) ?? []) {
      const chromium = inChromium || isChromium(child)
      if (chromium) moved.push(child)
      visit(child, chromium)
    }
  }
  visit(process.pid, false)
  return moved.length > 0 && moved.every((pid) => spawnSync('taskset', ['-a', '-p', '-c', cores, String(pid)], { stdio: 'ignore' }).status === 0)
}
