import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { type ChildServer, spawnServer } from './childServer'
import { createRoom } from './createRoom'
import { benchDir } from './paths'
import { SyncClient } from './SyncClient'

export type TargetKind = 'warrant' | 'y-websocket-server' | 'hocuspocus'
export const targetNames: Record<TargetKind, string> = {
  warrant: 'Warrant',
  'y-websocket-server': '@y/websocket-server 0.1.1',
  hocuspocus: 'Hocuspocus 4 + SQLite',
}

/** One connection to one doc, whatever the protocol: its Y.Doc, when it is in sync, and close. */
export interface BenchClient {
  doc: Y.Doc
  synced: Promise<void>
  /** Our server's saved acknowledgements (only with `ack`); never called for the peers. */
  onSaved: ((stateVector: Map<number, number>) => void) | null
  /** Called after each remote update arrives (applied, or in light mode decoded). */
  onRemoteUpdate: (() => void) | null
  /** The highest clock of a client this connection has. */
  stateOf(client: number): number
  /** What this connection has, comparable between connections of one doc (convergence). */
  stateKey(): string
  /** Raw clients: make a change now and send it later (`SyncClient.record`); Hocuspocus's provider sends as it changes. */
  record?(change: (doc: Y.Doc) => void): { frame: Uint8Array; clock: number }
  sendFrame?(frame: Uint8Array): void
  close(): Promise<void>
}

export interface ServerStats {
  rss: number
  heapUsed: number
  docs: number
}

export interface Target {
  kind: TargetKind
  name: string
  pid: number
  dataDir: string
  /** Our server needs the room registered (POST /api/rooms) and a token; the peers take any name. */
  openRoom(room: string): Promise<void>
  /** `light`: raw clients decode remote updates without applying them (SyncClient); Hocuspocus's provider always applies. */
  connect(room: string, doc: 'map' | 'text', options?: { ack?: boolean; light?: boolean }): BenchClient
  /** RSS and heap after a full GC, and the number of loaded docs, from the server's stats port. */
  stats(): Promise<ServerStats>
  /** The server's event-loop delay p99 and max (ms) since the last call (a new window starts). */
  loopDelay(): Promise<{ p99: number; max: number; gcMax: number }>
  stop(): Promise<void>
}

export interface TargetOptions {
  /** Reuse a data dir (restart after kill -9); a fresh temp dir otherwise. */
  dataDir?: string
  idleUnloadMs?: number
  /** Write a V8 CPU profile of the server into this directory (`--cpu-prof`). */
  cpuProfileDir?: string
  /** @y/websocket-server only: persist with y-leveldb into the data dir. */
  peerPersistence?: boolean
}

/** Thrown when Hocuspocus cannot be imported; callers print "not installed" and skip it. */
export class NotInstalledError extends Error {}

export async function startTarget(kind: TargetKind, options: TargetOptions = {}): Promise<Target> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), `bench-${kind}-`))
  // BENCH_SERVER_NODE_FLAGS: V8 flags for every server measured (a GC setting tried on all alike).
  const flags = process.env.BENCH_SERVER_NODE_FLAGS?.split(' ').filter(Boolean) ?? []
  const node = [process.execPath, '--expose-gc', ...flags, ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : []), '--import', 'tsx']
  const main = { warrant: 'lib/warrantServerMain.ts', 'y-websocket-server': 'lib/peerServerMain.ts', hocuspocus: 'lib/hocuspocusServerMain.ts' }[kind]
  let server: ChildServer
  try {
    server = await spawnServer({
      name: targetNames[kind],
      command: [...node, main],
      cwd: benchDir,
      env: {
        BENCH_DATA_DIR: dataDir,
        ...(options.idleUnloadMs ? { BENCH_IDLE_UNLOAD_MS: String(options.idleUnloadMs) } : {}),
        ...(options.peerPersistence ? { BENCH_PEER_PERSIST: path.join(dataDir, 'leveldb') } : {}),
      },
      ready: /listening on (\d+) stats (\d+)/,
      startTimeoutMs: 30_000,
    })
  } catch (error) {
    if (String(error).includes('not installed')) throw new NotInstalledError(`${targetNames[kind]}: not installed (${String(error).split('\n')[1] ?? ''})`)
    throw error
  }
  const httpBase = `http://127.0.0.1:${server.port}`
  const statsUrl = `http://127.0.0.1:${server.ready[2]}/`
  const tokens = new Map<string, string>()
  const tokensFile = path.join(dataDir, 'bench-tokens.json')
  if (fs.existsSync(tokensFile)) for (const [room, token] of Object.entries(JSON.parse(fs.readFileSync(tokensFile, 'utf8')) as Record<string, string>)) tokens.set(room, token)
  return {
    kind,
    name: targetNames[kind],
    pid: server.pid,
    dataDir,
    async openRoom(room) {
      if (kind !== 'warrant' || tokens.has(room)) return
      tokens.set(room, (await createRoom(httpBase, room)).token)
      fs.writeFileSync(tokensFile, JSON.stringify(Object.fromEntries(tokens)))
    },
    connect(room, doc, connectOptions = {}) {
      if (kind === 'hocuspocus') return hocuspocusClient(`ws://127.0.0.1:${server.port}`, `${room}/${doc}`)
      const query = kind === 'warrant' ? `?token=${tokens.get(room)}${connectOptions.ack ? '&ack=1' : ''}` : ''
      return new SyncClient(`ws://127.0.0.1:${server.port}/sync/${room}/${doc}${query}`, connectOptions.light)
    },
    async stats() {
      return (await (await fetch(statsUrl)).json()) as ServerStats
    },
    async loopDelay() {
      return (await (await fetch(`${statsUrl}loop`)).json()) as { p99: number; max: number; gcMax: number }
    },
    async stop() {
      await server.stop()
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

interface ProviderModule {
  HocuspocusProvider: new (configuration: Record<string, unknown>) => { on(event: string, listener: () => void): void; destroy(): void }
}
let providerModule: ProviderModule | null = null

/** Loads `@hocuspocus/provider` once (before any `hocuspocus` client is made). */
export async function loadHocuspocusProvider(): Promise<void> {
  providerModule ??= (await import('@hocuspocus/provider' as string)) as ProviderModule
}

/**
 * ws with a listener for 'error' always attached: a provider destroyed while it reconnects closes
 * a socket still connecting, and ws then emits an 'error' the provider no longer listens to,
 * which Node throws (it stopped a full bench run once). The provider still sees every error.
 */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args)
    this.on('error', () => {})
  }
}

/** A Hocuspocus client through its own provider (one socket per provider, awareness off). */
function hocuspocusClient(url: string, name: string): BenchClient {
  if (!providerModule) throw new NotInstalledError('@hocuspocus/provider is not loaded')
  const doc = new Y.Doc()
  let resolveSynced = () => {}
  const synced = new Promise<void>((resolve) => (resolveSynced = resolve))
  const provider = new providerModule.HocuspocusProvider({ url, name, document: doc, awareness: null, WebSocketPolyfill: QuietWebSocket, token: 'bench' })
  provider.on('synced', () => resolveSynced())
  const client: BenchClient = {
    doc,
    synced,
    onSaved: null,
    onRemoteUpdate: null,
    stateOf: (id) => Y.getState(doc.store, id),
    stateKey: () => Buffer.from(Y.encodeStateVector(doc)).toString('base64'),
    close: async () => provider.destroy(),
  }
  doc.on('update', (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    if (!transaction.local) client.onRemoteUpdate?.()
  })
  return client
}

/**
 * CPU time a process has used so far (user + system, all its threads), in seconds, from
 * /proc: read the same way for every server, from outside, so that it costs them nothing.
 */
/** CPU seconds a process has used so far, in user space and in the kernel (NaN when it cannot be read). */
export function cpuTimesOf(pid: number): { user: number; kernel: number } {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { user: Number(fields[11]) / clockTicksPerSecond, kernel: Number(fields[12]) / clockTicksPerSecond }
  } catch {
    return { user: Number.NaN, kernel: Number.NaN }
  }
}

/** USER_HZ: 100 on Linux (x86 and arm64) regardless of the kernel's tick rate. */
const clockTicksPerSecond = 100

/** The RSS of a process from /proc (no GC first), in bytes. */
export function rssOf(pid: number): number {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((each) => each.startsWith('VmRSS:'))
    return Number(line?.split(/\s+/)[1] ?? Number.NaN) * 1024
  } catch {
    return Number.NaN
  }
}
