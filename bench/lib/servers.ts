import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type ChildServer, spawnServer } from './childServer'
import { benchDir, serverDir } from './paths'

export interface WarrantServer extends ChildServer {
  dataDir: string
  /** Base of the sync URLs: `ws://127.0.0.1:PORT/sync` */
  syncBase: string
  httpBase: string
  /** The sample room's owner URL (with its token), as the server printed it. */
  sampleUrl: string
}

/** Our server (`apps/server/src/main.ts` under tsx) with a fresh data dir in the temp folder. */
export async function startWarrantServer(): Promise<WarrantServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-bench-'))
  const server = await spawnServer({
    name: 'warrant',
    command: [process.execPath, '--import', 'tsx', 'src/main.ts'],
    cwd: serverDir,
    env: { PORT: '0', HOST: '127.0.0.1', WARRANT_DATA_DIR: dataDir },
    ready: /running at http:\/\/127\.0\.0\.1:(\d+)(\/r\/sample\?token=[\w.-]+)\n/,
  })
  return {
    ...server,
    dataDir,
    syncBase: `ws://127.0.0.1:${server.port}/sync`,
    httpBase: `http://127.0.0.1:${server.port}`,
    sampleUrl: `http://127.0.0.1:${server.port}${server.ready[2]}`,
    stop: async () => {
      await server.stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The peer: `@y/websocket-server` 0.1.1's `setupWSConnection` on a plain http server, no persistence. */
export async function startPeerServer(): Promise<ChildServer & { syncBase: string }> {
  const server = await spawnServer({
    name: '@y/websocket-server',
    command: [process.execPath, '--import', 'tsx', 'lib/peerServerMain.ts'],
    cwd: benchDir,
    ready: /listening on (\d+)/,
  })
  // It names the doc after the whole path, so the same URL shape gives one doc per room and doc.
  return { ...server, syncBase: `ws://127.0.0.1:${server.port}/sync` }
}

/** A static file server for the built web app, without any sync endpoint. */
export async function startStaticServer(root: string): Promise<ChildServer & { httpBase: string }> {
  const server = await spawnServer({
    name: 'static',
    command: [process.execPath, '--import', 'tsx', 'lib/staticServerMain.ts', root],
    cwd: benchDir,
    ready: /listening on (\d+)/,
  })
  return { ...server, httpBase: `http://127.0.0.1:${server.port}` }
}
