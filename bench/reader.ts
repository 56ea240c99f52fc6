/**
 * Reader: a room whose reading is 200,000 characters (created by the server from `POST /api/rooms`
 * with the text) with 500 highlights (nodes made with the model's `addNodeFromSpan` by a Node
 * client over stock `WebsocketProvider`s, saved ack awaited). In Chromium (production build):
 * (a) open time, navigation → the text shown with all highlights and "Saved"; (b) keystroke → next
 * animation frame while typing 100 characters into the reading; (c) highlight → node: a sentence
 * selected programmatically, key 1, until the new map node is in the DOM. Peer: a bare TipTap page
 * (bench/peers/bareTiptap: StarterKit, the same text, no Yjs, no highlights) for (a) and (b).
 * `--quick`: fewer loads and highlight trials. `--profile`: a CDP CPU profile of our typing.
 * The highlight trials run again with Chromium on every core (`pinChromiumTo`): the goal as a
 * reader's own machine meets it, next to this one's single core for the page.
 * `--trace`: a timeline trace of typing (ours and the peer's): main-thread (thread) time per
 * keystroke by script / style / layout / paint and by event (lib/timeline.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { makeReading, writeReaderRoom } from './lib/readerRoom'
import { isMain } from './lib/isMain'
import { startBrowserBench } from './lib/startBrowserBench'
import { type HighlightTimes, runHighlightTrials } from './lib/highlightTrials'
import { quick } from './lib/options'
import { allCores, loadCore, pinChromiumTo } from './lib/pinning'
import { formatTimeline, traceTimeline } from './lib/timeline'
import { type Section, printSection } from './lib/report'
import { formatMs, formatRatio, latencyStats, median } from './lib/stats'
import { dismissIdentityPrompt, initScript, profileTop } from './peers/pageMeasure'
import { newBenchPage } from './lib/newBenchPage'

const textLength = 200_000
const highlightCount = 500
const typed = 100
const loads = quick ? 2 : 5
/**
 * 40 in a full run, so the p95 (nearest rank) is the 38th: with 15 it was the slowest trial.
 * READER_HIGHLIGHT_TRIALS: another count, e.g. to compare two builds.
 */
const highlightTrials = Number(process.env.READER_HIGHLIGHT_TRIALS) || (quick ? 5 : 40)
const profile = process.argv.includes('--profile')
/** `--trace`: a Chrome timeline trace of typing in ours and in the peer, summed by event (READER_TRACE_DIR keeps the raw traces). */
const trace = process.argv.includes('--trace')
const traceDir = process.env.READER_TRACE_DIR
/** Highlight trials run under `--trace` or `--profile`, after the timed ones (READER_TRACED_TRIALS). */
const traced = Number(process.env.READER_TRACED_TRIALS ?? 5)

/** Marks (ms since navigation start) polled every animation frame from the first script on. */
const openMarks = (highlights: number) => `
  window.__benchOpen = {}
  const poll = () => {
    const marks = window.__benchOpen, now = performance.now()
    if (marks.text === undefined && document.querySelector('[data-testid="reader-text"] p')) marks.text = now
    if (marks.highlights === undefined && document.querySelectorAll('.hl').length >= ${highlights}) {
      const ids = new Set([...document.querySelectorAll('.hl')].map((element) => element.getAttribute('data-node-id')))
      if (ids.size >= ${highlights}) marks.highlights = now
    }
    if (marks.saved === undefined && document.querySelector('[data-testid="sync-status"]')?.textContent?.trim() === 'Saved') marks.saved = now
    if (marks.text !== undefined && marks.highlights !== undefined && marks.saved !== undefined) marks.open = Math.max(marks.text, marks.highlights, marks.saved)
    else if (now < 60000) requestAnimationFrame(poll)
  }
  requestAnimationFrame(poll)
`
const peerOpenMarks = `
  window.__benchOpen = {}
  const poll = () => {
    if (window.__benchReady && document.querySelector('.ProseMirror p')) window.__benchOpen.open = performance.now()
    else if (performance.now() < 60000) requestAnimationFrame(poll)
  }
  requestAnimationFrame(poll)
`

/** keydown → the next animation frame, and → the task after that frame (after its paint). */
const keyListener = `(() => {
  window.__benchKeys = []
  document.addEventListener('keydown', (event) => {
    const start = event.timeStamp
    requestAnimationFrame(() => {
      const frame = performance.now() - start
      const channel = new MessageChannel()
      channel.port1.onmessage = () => window.__benchKeys.push({ frame, painted: performance.now() - start })
      channel.port2.postMessage(0)
    })
  }, true)
})()`

/** Puts the caret at the end of the first paragraph of the editor and focuses it. */
const caretInFirstParagraph = `(() => {
  const editor = document.querySelector('.ProseMirror')
  editor.focus()
  const paragraph = editor.querySelector('p')
  const range = document.createRange()
  range.selectNodeContents(paragraph)
  range.collapse(false)
  const selection = window.getSelection()
  selection.removeAllRanges()
  selection.addRange(range)
  return true
})()`

interface OpenMarks {
  open: number
  text?: number
  highlights?: number
  saved?: number
}

async function openTimes(browser: Browser, url: string, marks: string, ours: boolean): Promise<{ open: number[]; marks: OpenMarks[]; page: Page }> {
  const open: number[] = []
  const each: OpenMarks[] = []
  let last: Page | undefined
  for (let load = 0; load < loads; load++) {
    const page = await newBenchPage(browser, { viewport: { width: 1600, height: 1000 } })
    await page.addInitScript(initScript)
    await page.addInitScript(marks)
    await page.goto(url)
    await page.waitForFunction('window.__benchOpen && window.__benchOpen.open !== undefined', undefined, { timeout: 60_000 })
    const marked = (await page.evaluate('window.__benchOpen')) as OpenMarks
    open.push(marked.open)
    each.push(marked)
    if (load < loads - 1) await page.context().close()
    else last = page
  }
  if (ours) await dismissIdentityPrompt(last!)
  await last!.waitForTimeout(1000)
  return { open, marks: each, page: last! }
}

async function typeKeys(page: Page): Promise<{ frame: number[]; painted: number[] }> {
  await page.evaluate(caretInFirstParagraph)
  await page.waitForTimeout(200)
  await page.evaluate(keyListener)
  await page.keyboard.type('x'.repeat(typed).replace(/x/g, (_, i: number) => ' abcdefghi'[i % 10]!), { delay: 30 })
  await page.waitForTimeout(300)
  const keys = (await page.evaluate('window.__benchKeys')) as { frame: number; painted: number }[]
  return { frame: keys.map((key) => key.frame), painted: keys.map((key) => key.painted) }
}

/** Highlights with Chromium on every core, next to the pinned trials after the page's first 10 (both warm). */
function unpinnedRow(unpinned: readonly HighlightTimes[], pinnedTrials: readonly HighlightTimes[]) {
  const node = latencyStats(unpinned.map((h) => h.node))
  const presented = latencyStats(unpinned.map((h) => h.presented))
  const pinnedWarm = latencyStats(pinnedTrials.slice(10).map((h) => h.presented))
  return {
    measure: `the same, Chromium on both cores (${unpinned.length} more trials, same page) p50 / p95`,
    ours: `${formatMs(node.p50)} / ${formatMs(node.p95)} in the DOM; ${formatMs(presented.p50)} / ${formatMs(presented.p95)} presented (pinned, after the first 10: ${formatMs(pinnedWarm.p50)} / ${formatMs(pinnedWarm.p95)})`,
    peer: 'no highlights',
    ratio: '',
    goal: '≤ 50 ms',
  }
}

/** The first highlights of a page run code no highlight has run yet: their figures apart from the rest. */
function warmUpNote(highlight: readonly HighlightTimes[]): string[] {
  const first = 10
  if (highlight.length < 2 * first) return []
  const part = (times: readonly HighlightTimes[]) => {
    const inDom = latencyStats(times.map((h) => h.node))
    const presented = latencyStats(times.map((h) => h.presented))
    return `in the DOM ${formatMs(inDom.p50)} / ${formatMs(inDom.p95)}, presented ${formatMs(presented.p50)} / ${formatMs(presented.p95)}`
  }
  return [`Highlight → node p50 / p95, the page's first ${first} highlights: ${part(highlight.slice(0, first))}; the other ${highlight.length - first}: ${part(highlight.slice(first))}.`]
}

export async function readerSection(): Promise<Section> {
  const bench = await startBrowserBench()
  const { pinned, peersDir, server, statics, browser } = bench
  const text = makeReading(textLength)
  fs.writeFileSync(path.join(peersDir, 'bareTiptap', 'reading.txt'), text)
  const notes: string[] = []
  try {
    const room = await writeReaderRoom(server.httpBase, server.syncBase, text, highlightCount)

    const ours = await openTimes(browser, room.ownerUrl, openMarks(room.highlights), true)
    const oursKeys = await typeKeys(ours.page)
    const highlight = await runHighlightTrials(ours.page, 0, highlightTrials, notes)
    // The same trials with Chromium on every core, as on a reader's own machine: pinned to one
    // core, its raster and compositor threads wait for the main thread's turn.
    const unpinned = pinned && pinChromiumTo(allCores()) ? await runHighlightTrials(ours.page, highlightTrials, highlightTrials, notes) : []
    if (unpinned.length > 0 && !pinChromiumTo(String(loadCore))) notes.push('Chromium could not be pinned back to the load core after the trials on every core.')
    if (profile) {
      const top = await profileTop(ours.page, async () => void (await typeKeys(ours.page)), 12, traceDir && path.join(traceDir, 'ours.cpuprofile'))
      notes.push(`Profile, typing ${typed} characters in our reader (top self time): ${top.join('; ')}`)
      const highlights = await profileTop(ours.page, async () => void (await runHighlightTrials(ours.page, highlightTrials + 5, traced, notes)), 12, traceDir && path.join(traceDir, 'highlights.cpuprofile'))
      notes.push(`Profile, ${traced} more highlight trials (with the 150 + 300 ms waits around each; top self time): ${highlights.join('; ')}`)
    }
    if (trace) {
      const summary = await traceTimeline(browser, ours.page, async () => void (await typeKeys(ours.page)), traceDir && path.join(traceDir, 'ours.json'))
      notes.push(`Trace, typing ${typed} characters in our reader: ${formatTimeline(summary, typed, 'key').join(' — ')}`)
      const highlights = await traceTimeline(browser, ours.page, async () => void (await runHighlightTrials(ours.page, highlightTrials, traced, notes)), traceDir && path.join(traceDir, 'highlights.json'))
      notes.push(`Trace, ${traced} more highlight trials (with the 150 + 300 ms waits around each): ${formatTimeline(highlights, traced, 'highlight').join(' — ')}`)
    }
    await ours.page.context().close()

    const peer = await openTimes(browser, `${statics.httpBase}/bareTiptap/index.html`, peerOpenMarks, false)
    const peerKeys = await typeKeys(peer.page)
    if (trace) {
      const summary = await traceTimeline(browser, peer.page, async () => void (await typeKeys(peer.page)), traceDir && path.join(traceDir, 'peer.json'))
      notes.push(`Trace, typing ${typed} characters in the peer: ${formatTimeline(summary, typed, 'key').join(' — ')}`)
    }
    await peer.page.context().close()

    const oursOpen = median(ours.open)
    const peerOpen = median(peer.open)
    const oursFrame = latencyStats(oursKeys.frame)
    const peerFrame = latencyStats(peerKeys.frame)
    const oursPaint = latencyStats(oursKeys.painted)
    const peerPaint = latencyStats(peerKeys.painted)
    const node = latencyStats(highlight.map((h) => h.node))
    const nodeFrame = latencyStats(highlight.map((h) => h.frame))
    const nodePainted = latencyStats(highlight.map((h) => h.painted))
    const nodePresented = latencyStats(highlight.map((h) => h.presented))
    notes.push(
      `Reading: ${room.textChars.toLocaleString('en')} characters in the text index, ${room.highlights} highlights resolved by the writing client; the peer page gets the same text (one paragraph a line).`,
      `Open, each load (ms): ours ${ours.marks.map((m) => `${m.open.toFixed(0)} (text ${m.text?.toFixed(0)}, highlights ${m.highlights?.toFixed(0)}, Saved ${m.saved?.toFixed(0)})`).join(', ')}; peer ${peer.open.map((v) => v.toFixed(0)).join(', ')}.`,
      `Keys: ${typed} characters with \`page.keyboard.type\` (30 ms apart) at the end of the first paragraph; keydown's event.timeStamp → the next requestAnimationFrame callback, and → a MessageChannel task posted from it (after that frame's paint). Measured ${oursKeys.frame.length} (ours) / ${peerKeys.frame.length} (peer) keydowns.`,
      `Highlight → node: ${highlight.length} trials; an unhighlighted sentence selected through the DOM selection (read by ProseMirror), key 1; keydown → a MutationObserver sees one more \`[data-testid=map-node]\`, → the next requestAnimationFrame callback (the start of the frame that shows it), → that frame presented (the keydown's Event Timing \`duration\`, to 8 ms: the first frame shown after its handlers, which made the node), and → a MessageChannel task posted from the callback (it queues behind the work the app defers until after the paint, such as sending and storing the change).`,
      `Highlight → node, each trial (ms, in the DOM / frame presented): ${highlight.map((h) => `${h.node.toFixed(0)} / ${h.presented.toFixed(0)}`).join(', ')}.`,
      ...warmUpNote(highlight),
      `Server pinned to core 0; Chromium and this script on core 1: ${pinned ? 'yes' : 'no'}.`,
    )
    return {
      title: 'Reader',
      what:
        `A room made by \`POST /api/rooms\` with a ${textLength.toLocaleString('en')}-character reading, then ${highlightCount} highlights added with the model's \`addNodeFromSpan\` ` +
        'by a Node client (saved ack awaited); opened in Chromium at 1600×1000 from the production build, a new context per load. Peer: a bare TipTap page ' +
        '(bench/peers/bareTiptap: `@tiptap/core` Editor with StarterKit and the same text, no Yjs, no highlights).',
      peerName: 'bare TipTap page',
      rows: [
        {
          measure: `open: navigation → text, ${room.highlights} highlights and "Saved" (median of ${loads})`,
          ours: formatMs(oursOpen),
          peer: `${formatMs(peerOpen)} (text shown)`,
          ratio: formatRatio(oursOpen, peerOpen),
          goal: '',
        },
        {
          measure: 'keystroke → next frame p50 / p95',
          ours: `${formatMs(oursFrame.p50)} / ${formatMs(oursFrame.p95)} (max ${formatMs(oursFrame.max)})`,
          peer: `${formatMs(peerFrame.p50)} / ${formatMs(peerFrame.p95)} (max ${formatMs(peerFrame.max)})`,
          ratio: `p95 ${formatRatio(oursFrame.p95, peerFrame.p95)}`,
          goal: 'p95 ≤ 16 ms',
        },
        {
          measure: 'keystroke → after that frame p50 / p95',
          ours: `${formatMs(oursPaint.p50)} / ${formatMs(oursPaint.p95)}`,
          peer: `${formatMs(peerPaint.p50)} / ${formatMs(peerPaint.p95)}`,
          ratio: `p95 ${formatRatio(oursPaint.p95, peerPaint.p95)}`,
          goal: '',
        },
        {
          measure: 'highlight (key 1) → new map node p50 / p95',
          ours: `${formatMs(node.p50)} / ${formatMs(node.p95)} in the DOM; ${formatMs(nodeFrame.p50)} / ${formatMs(nodeFrame.p95)} to the next frame; ${formatMs(nodePresented.p50)} / ${formatMs(nodePresented.p95)} to that frame presented (Event Timing); ${formatMs(nodePainted.p50)} / ${formatMs(nodePainted.p95)} to a task after it`,
          peer: 'no highlights',
          ratio: '',
          goal: '≤ 50 ms',
        },
        ...(unpinned.length > 0 ? [unpinnedRow(unpinned, highlight)] : []),
      ],
      notes,
    }
  } finally {
    await bench.stop()
  }
}

if (isMain(import.meta.url)) {
  console.log('Reader')
  printSection(await readerSection())
  process.exit(0)
}
