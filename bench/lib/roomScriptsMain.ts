/**
 * For `measureBundle` (memory.ts), in its own process so that the measurement stays synchronous:
 * our server serves the built web app in `argv[2]`, Chromium opens the sample room (cold cache)
 * and this prints, as JSON, every script the page fetched until the room was interactive — the
 * reader shows a highlight, the map its 8 nodes, the badge "Saved", as in openRoom.ts.
 * Prints `{ "scripts": ["/assets/….js", …] }` or `{ "error": "…" }`.
 */
import { launchChromium } from './browser'
import { startWarrantServer } from './servers'
import { newBenchPage } from './newBenchPage'

const sampleNodeCount = 8

const dist = process.argv[2]
if (!dist) throw new Error('usage: roomScriptsMain.ts <web dist dir>')
process.env.WARRANT_WEB_ROOT = dist

const interactive = `document.querySelector('.hl') !== null && document.querySelectorAll('[data-testid="map-node"]').length === ${sampleNodeCount} && document.querySelector('[data-testid="sync-status"]')?.textContent?.trim() === 'Saved'`

let result: { scripts: string[] } | { error: string }
const server = await startWarrantServer()
try {
  const browser = await launchChromium()
  try {
    const page = await newBenchPage(browser, { viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' })
    const context = page.context()
    const scripts = new Set<string>()
    let done = false
    // Requests of the page and of its workers; the service worker's own script is not the app's.
    context.on('request', (request) => {
      const { pathname } = new URL(request.url())
      if (!done && pathname.endsWith('.js') && pathname !== '/sw.js') scripts.add(pathname)
    })
    await page.goto(server.sampleUrl, { waitUntil: 'commit' })
    await page.waitForFunction(interactive, undefined, { timeout: 20_000, polling: 'raf' })
    done = true
    result = { scripts: [...scripts] }
    await context.close()
  } finally {
    await browser.close()
  }
} catch (error) {
  result = { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) }
} finally {
  await server.stop()
}
console.log(JSON.stringify(result))
process.exit(0)
