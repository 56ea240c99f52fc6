/**
 * The second peer in a benchmark child process: Hocuspocus 4.x (`@hocuspocus/server`) with its
 * SQLite extension (`@hocuspocus/extension-sqlite`, a file in BENCH_DATA_DIR), default debounce
 * (2 s, max 10 s) and unload settings. Prints `listening on PORT stats PORT`, or
 * `not installed: …` and exits with 3 when the packages cannot be imported.
 */
import path from 'node:path'
import { startStatsEndpoint } from './statsEndpoint'

interface HocuspocusModule {
  Server: new (configuration: Record<string, unknown>) => {
    listen(): Promise<unknown>
    readonly address: { port: number }
    hocuspocus: { getDocumentsCount(): number }
    destroy(): Promise<void>
  }
}
interface SqliteModule {
  SQLite: new (configuration: { database: string }) => unknown
}

let modules: [HocuspocusModule, SqliteModule]
try {
  modules = (await Promise.all([import('@hocuspocus/server' as string), import('@hocuspocus/extension-sqlite' as string)])) as [HocuspocusModule, SqliteModule]
} catch (error) {
  console.log(`not installed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
  process.exit(3)
}
const [{ Server }, { SQLite }] = modules
const server = new Server({
  port: 0,
  address: '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database: path.join(process.env.BENCH_DATA_DIR ?? '.', 'hocuspocus.sqlite') })],
})
await server.listen()
const statsPort = await startStatsEndpoint(() => server.hocuspocus.getDocumentsCount())
console.log(`listening on ${server.address.port} stats ${statsPort}`)
process.on('SIGTERM', () => void server.destroy().then(() => process.exit(0)))
