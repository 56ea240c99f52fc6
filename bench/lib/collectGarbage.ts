import v8 from 'node:v8'
import vm from 'node:vm'

let gc: (() => void) | null = null

/**
 * A full GC of this process (the load generator), so that a measured window does not pay for
 * garbage the previous phase left: the first server measured at scale met the generator's
 * 200–450 ms major GC in its windows, and the next one did not.
 */
export function collectGarbage(): void {
  if (gc === null) {
    v8.setFlagsFromString('--expose-gc')
    gc = vm.runInNewContext('gc') as () => void
  }
  gc()
}
