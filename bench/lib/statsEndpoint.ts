import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A side port in a benchmark server process: `GET /` answers `{ rss, heapUsed, docs }` after a
 * full GC (`--expose-gc`), so that memory is read the same way for Warrant and the peers.
 */
export function startStatsEndpoint(loadedDocs: () => number): Promise<number> {
  const server = http.createServer((_request, response) => {
    const gc = (globalThis as { gc?: () => void }).gc
    if (gc) {
      gc()
      gc()
    }
    const memory = process.memoryUsage()
    response.writeHead(200, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify({ rss: memory.rss, heapUsed: memory.heapUsed, docs: loadedDocs() }))
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))
}
