// Starts `foldWorker.ts` in a worker thread, as sqliteWorkerEntry.mjs does for the writer.
import { register } from 'tsx/esm/api'

register()
await import('./foldWorker.ts')
