import fs from 'node:fs'
import os from 'node:os'

/** Nice value for the storage threads: the event loop (every room's fan-out) comes first. */
const backgroundNice = 10

/**
 * Lowers the calling thread's CPU priority (Linux: a thread has its own nice value, and
 * `/proc/thread-self` names it). On a core shared with the event loop, a WAL checkpoint or a
 * fold at normal priority took its time slices from the fan-out: 100 ms stalls at 1,000
 * updates/s. Elsewhere, or without /proc, it does nothing.
 */
export function lowerThreadPriority(): void {
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop())
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, backgroundNice)
  } catch {
    // Not Linux, or not allowed: the thread keeps the process's priority.
  }
}
