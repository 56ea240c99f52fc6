import fs from 'node:fs'
import os from 'node:os'

/**
 * Nice value for background threads (folding logs, rendering PNG exports): the event loop (every
 * room's fan-out) and the writer (saved acks) come first. The writer itself stays at normal
 * priority: at nice 10 it was starved by other processes on a loaded machine and saved acks waited.
 */
const backgroundNice = 10

/**
 * Lowers the calling thread's CPU priority (Linux: a thread has its own nice value, and
 * `/proc/thread-self` names it): on a core shared with the event loop, a fold of a large doc
 * (or an export) at normal priority takes half of the loop's time slices for as long as it runs.
 * Elsewhere, or without /proc, it does nothing.
 */
export function lowerThreadPriority(): void {
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop())
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, backgroundNice)
  } catch {
    // Not Linux, or not allowed: the thread keeps the process's priority.
  }
}
