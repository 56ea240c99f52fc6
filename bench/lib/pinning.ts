import { spawnSync } from 'node:child_process'
import os from 'node:os'

/** Core the servers run on, and core the load generator (this process, Chromium) runs on. */
export const serverCore = 0
export const loadCore = 1

export function canPin(): boolean {
  if (os.cpus().length < 2) return false
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
