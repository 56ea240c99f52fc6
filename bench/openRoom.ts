/**
 * Open the sample room: navigation start → interactive, i.e. the reader shows highlighted
 * text (`.hl`), the map shows all 8 sample nodes and the status badge reads "Saved". Median of
 * cold loads (a new browser context each). Peer: the same dist's index.html from a plain static
 * server without sync, time to DOMContentLoaded (the bundle parsed and run).
 */
import type { Browser } from 'playwright-core'
import { launchChromium } from './lib/browser'
import { isMain } from './lib/isMain'
import { pageLoads } from './lib/options'
import { assertWebBuilt, webDist } from './lib/paths'
import { pinSelfToLoadCore } from './lib/pinning'
import { type Section, printSection } from './lib/report'
import { startStaticServer, startWarrantServer } from './lib/servers'
import { formatMs, formatRatio, median } from './lib/stats'
import { newBenchPage } from './lib/newBenchPage'

const sampleNodeCount = 8
const loadTimeoutMs = 20_000

interface Milestones {
  domContentLoaded: number
  highlights: number
  nodes: number
  saved: number
  interactive: number
}

declare global {
  interface Window {
    __benchMilestones?: Partial<Milestones>
  }
}

/**
 * Notes, in page time (ms since navigation start), when each part of "interactive" first holds.
 * A string, not a function: tsx wraps functions in a `__name` helper that does not exist in the page.
 */
const watchMilestones = (expectedNodes: number): string => `(() => {
  const marks = {}
  window.__benchMilestones = marks
  const check = () => {
    const now = performance.now()
    if (marks.highlights === undefined && document.querySelector('.hl')) marks.highlights = now
    if (marks.nodes === undefined && document.querySelectorAll('[data-testid="map-node"]').length === ${expectedNodes}) marks.nodes = now
    if (marks.saved === undefined && document.querySelector('[data-testid="sync-status"]')?.textContent?.trim() === 'Saved') marks.saved = now
    if (marks.interactive === undefined && marks.highlights !== undefined && marks.nodes !== undefined && marks.saved !== undefined) {
      marks.interactive = now
      observer.disconnect()
    }
  }
  const observer = new MutationObserver(check)
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
  document.addEventListener('DOMContentLoaded', () => (marks.domContentLoaded = performance.now()))
})()`

async function loadRoom(browser: Browser, url: string): Promise<Partial<Milestones>> {
  const page = await newBenchPage(browser, { viewport: { width: 1440, height: 900 } })
  try {
    await page.addInitScript(watchMilestones(sampleNodeCount))
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(() => window.__benchMilestones?.interactive !== undefined, undefined, { timeout: loadTimeoutMs }).catch(() => undefined)
    return await page.evaluate(() => ({ ...window.__benchMilestones }))
  } finally {
    await page.context().close()
  }
}

async function loadStatic(browser: Browser, url: string): Promise<{ domContentLoaded: number; load: number }> {
  const page = await newBenchPage(browser, { viewport: { width: 1440, height: 900 } })
  try {
    await page.goto(url, { waitUntil: 'load' })
    return await page.evaluate(() => {
      const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
      return { domContentLoaded: entry?.domContentLoadedEventEnd ?? Number.NaN, load: entry?.loadEventEnd ?? Number.NaN }
    })
  } finally {
    await page.context().close()
  }
}

export async function openRoomSection(): Promise<Section> {
  assertWebBuilt()
  const pinned = pinSelfToLoadCore()
  const server = await startWarrantServer()
  const staticServer = await startStaticServer(webDist)
  const browser = await launchChromium()
  const ours: Partial<Milestones>[] = []
  const peer: { domContentLoaded: number; load: number }[] = []
  try {
    for (let index = 0; index < pageLoads; index++) {
      ours.push(await loadRoom(browser, server.sampleUrl))
      peer.push(await loadStatic(browser, `${staticServer.httpBase}/r/sample`))
    }
  } finally {
    await browser.close()
    await staticServer.stop()
    await server.stop()
  }
  const pick = (key: keyof Milestones) => median(ours.map((each) => each[key] ?? Number.NaN).filter(Number.isFinite))
  const interactive = ours.map((each) => each.interactive ?? Number.NaN)
  const finished = interactive.filter(Number.isFinite)
  const ourInteractive = finished.length === ours.length ? median(finished) : Number.NaN
  const peerDcl = median(peer.map((each) => each.domContentLoaded))
  return {
    title: 'Open the sample room',
    what:
      `Our server (fresh data dir, so room \`sample\` is seeded) serves the production build; Chromium opens \`/r/sample\` ${pageLoads} times, ` +
      'each in a new browser context (cold cache). Interactive = the reader shows highlights (`.hl`), the map shows its 8 nodes and the ' +
      'status badge reads "Saved", timed from navigation start by a MutationObserver in the page. ' +
      'Peer: the same `index.html` and bundle from a plain static server with no sync endpoint, time to DOMContentLoaded.',
    peerName: 'static page, no sync',
    rows: [
      {
        measure: 'navigation → interactive, median',
        ours: `${formatMs(ourInteractive)} (${finished.length}/${ours.length} loads finished)`,
        peer: `${formatMs(peerDcl)} (DOMContentLoaded)`,
        ratio: formatRatio(ourInteractive, peerDcl),
        goal: '≤ 1000 ms',
      },
      {
        measure: 'DOMContentLoaded, median',
        ours: formatMs(pick('domContentLoaded')),
        peer: formatMs(peerDcl),
        ratio: formatRatio(pick('domContentLoaded'), peerDcl),
        goal: '',
      },
      { measure: 'first `.hl` highlight, median', ours: formatMs(pick('highlights')), peer: '', ratio: '', goal: '' },
      { measure: `all ${sampleNodeCount} map nodes, median`, ours: formatMs(pick('nodes')), peer: '', ratio: '', goal: '' },
      { measure: '"Saved" shown, median', ours: formatMs(pick('saved')), peer: '', ratio: '', goal: '' },
      { measure: 'load event, median', ours: '', peer: formatMs(median(peer.map((each) => each.load))), ratio: '', goal: '' },
    ],
    notes: [
      `Each load, navigation → interactive: ${interactive.map((each) => formatMs(each)).join(', ')} (the first also opens the room's docs on the server).`,
      `Server pinned to core 0; Chromium and this script on core 1: ${pinned ? 'yes' : 'no'}.`,
    ],
  }
}

if (isMain(import.meta.url)) {
  console.log('Open the sample room')
  printSection(await openRoomSection())
}
