// Starts `sqliteWorker.ts` in a worker thread: registers tsx's loader here (relative to this file,
// so it works whatever the cwd, under `tsx src/main.ts`, `node --import tsx` and vitest alike).
import { register } from 'tsx/esm/api'

register()
await import('./sqliteWorker.ts')
