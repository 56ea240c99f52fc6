/**
 * The benchmark peer, run as a child process: `@y/websocket-server` 0.1.1 exactly as its own
 * server.js wires it (http server + ws noServer + setupWSConnection), on an ephemeral port.
 * No persistence unless BENCH_PEER_PERSIST names a directory: then YPERSISTENCE (y-leveldb) is
 * set to it, as its README documents. Prints `listening on PORT stats PORT`.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer } from 'ws'
import { startStatsEndpoint } from './statsEndpoint'

if (process.env.BENCH_PEER_PERSIST) process.env.YPERSISTENCE = process.env.BENCH_PEER_PERSIST
else delete process.env.YPERSISTENCE
const { setupWSConnection, docs } = await import('@y/websocket-server/utils')

const sockets = new WebSocketServer({ noServer: true })
sockets.on('connection', (socket, request) => setupWSConnection(socket, request))
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' })
  response.end('okay')
})
server.on('upgrade', (request, socket, head) => {
  sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request))
})
const statsPort = await startStatsEndpoint(() => (docs as Map<string, unknown>).size)
server.listen(0, '127.0.0.1', () => console.log(`listening on ${(server.address() as AddressInfo).port} stats ${statsPort}`))
process.on('SIGTERM', () => process.exit(0))
