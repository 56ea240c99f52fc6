// Starts `pngWorker.ts` in a worker thread, as storage/foldWorkerEntry.mjs does for folds.
import { register } from 'tsx/esm/api'

register()
await import('./pngWorker.ts')
