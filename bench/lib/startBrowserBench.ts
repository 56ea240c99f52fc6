import fs from 'node:fs'
import type { Browser } from 'playwright-core'
import { buildPeers } from '../peers/buildPeers'
import { launchChromium } from './browser'
import type { ChildServer } from './childServer'
import { assertWebBuilt } from './paths'
import { pinSelfToLoadCore } from './pinning'
import { type WarrantServer, startStaticServer, startWarrantServer } from './servers'

/** What a browser benchmark runs against: our server, the peer pages, and one Chromium. */
export interface BrowserBench {
  /** This process (and so Chromium) runs on the load core, the servers on the other. */
  pinned: boolean
  /** The built peer pages (bench/peers), served by `statics`; a benchmark may add its data files. */
  peersDir: string
  server: WarrantServer
  statics: ChildServer & { httpBase: string }
  browser: Browser
  stop(): Promise<void>
}

/** Starts what the canvas and reader benchmarks share; `stop` undoes all of it. */
export async function startBrowserBench(): Promise<BrowserBench> {
  assertWebBuilt()
  const pinned = pinSelfToLoadCore()
  const peersDir = await buildPeers()
  const server = await startWarrantServer()
  const statics = await startStaticServer(peersDir)
  const browser = await launchChromium()
  return {
    pinned,
    peersDir,
    server,
    statics,
    browser,
    async stop() {
      await browser.close()
      await statics.stop()
      await server.stop()
      fs.rmSync(peersDir, { recursive: true, force: true })
    },
  }
}
