import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { PerformanceObserver, monitorEventLoopDelay } from 'node:perf_hooks'

/**
 * A side port in a benchmark server process, so that Warrant and the peers are read the same way:
 * - `GET /` answers `{ rss, heapUsed, docs }` after a full GC (`--expose-gc`);
 * - `GET /loop` answers `{ p99, max }` of the server's event-loop delay and `gcMax`, its longest
 *   GC pause (ms), since the last `/loop`, and starts a new window. A fan-out tail longer than the
 *   server's own stalls comes from elsewhere (the load generator, or the host).
 */
export function startStatsEndpoint(loadedDocs: () => number): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 5 })
  delay.enable()
  let gcMax = 0
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMax = Math.max(gcMax, entry.duration)
  }).observe({ entryTypes: ['gc'] })
  const server = http.createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' })
    if (request.url === '/loop') {
      response.end(JSON.stringify({ p99: delay.percentile(99) / 1e6, max: delay.max / 1e6, gcMax }))
      delay.reset()
      gcMax = 0
      return
    }
    const gc = (globalThis as { gc?: () => void }).gc
    if (gc) {
      gc()
      gc()
    }
    const memory = process.memoryUsage()
    response.end(JSON.stringify({ rss: memory.rss, heapUsed: memory.heapUsed, docs: loadedDocs() }))
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))
}
