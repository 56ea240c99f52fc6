import { WebSocket } from 'ws'

export interface RawSocket {
  socket: WebSocket
  closed: Promise<{ code: number; reason: string }>
}

/** A bare socket for sending hand-made frames. */
export async function rawSocket(serverUrl: string, path: string): Promise<RawSocket> {
  const socket = new WebSocket(serverUrl.replace(/^http/, 'ws') + path)
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  socket.on('error', () => {})
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)))
  })
  return { socket, closed }
}

/** Status and body of a refused upgrade. */
export function refusedUpgrade(serverUrl: string, path: string): Promise<{ status: number; body: string }> {
  const socket = new WebSocket(serverUrl.replace(/^http/, 'ws') + path)
  socket.on('error', () => {})
  return new Promise((resolve, reject) => {
    socket.once('open', () => reject(new Error('upgrade was accepted')))
    socket.once('unexpected-response', (_request, response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
  })
}
