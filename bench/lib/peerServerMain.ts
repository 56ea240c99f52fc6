/**
 * The benchmark peer, run as a child process: `@y/websocket-server` 0.1.1 exactly as its own
 * server.js wires it (http server + ws noServer + setupWSConnection), on an ephemeral port.
 * No persistence: YPERSISTENCE is removed before the module reads it.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer } from 'ws'

delete process.env.YPERSISTENCE
const { setupWSConnection } = await import('@y/websocket-server/utils')

const sockets = new WebSocketServer({ noServer: true })
sockets.on('connection', (socket, request) => setupWSConnection(socket, request))
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' })
  response.end('okay')
})
server.on('upgrade', (request, socket, head) => {
  sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request))
})
server.listen(0, '127.0.0.1', () => console.log(`listening on ${(server.address() as AddressInfo).port}`))
process.on('SIGTERM', () => process.exit(0))
