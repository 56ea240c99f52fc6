/**
 * Our server in a benchmark child process: `startServer` in-process (so that `idleUnloadMs`,
 * which has no env variable, can be set) plus a stats port. Env: BENCH_DATA_DIR (required),
 * BENCH_IDLE_UNLOAD_MS (default: the server's 30 000 ms). Prints `listening on PORT stats PORT`.
 */
// oxlint-disable-next-line no-restricted-imports
import { startServer } from '../../apps/server/src/index'
import { startStatsEndpoint } from './statsEndpoint'

const idle = process.env.BENCH_IDLE_UNLOAD_MS
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  dataDir: process.env.BENCH_DATA_DIR!,
  seedSample: false,
  ...(idle ? { idleUnloadMs: Number(idle) } : {}),
})
const statsPort = await startStatsEndpoint(() => server.loadedDocCount())
console.log(`listening on ${server.port} stats ${statsPort}`)
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)))
