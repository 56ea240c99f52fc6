import type { Page } from 'playwright-core'

/** One highlight trial's times from the keydown (ms). */
export interface HighlightTimes {
  /** One more map node in the DOM. */
  node: number
  /** The next requestAnimationFrame callback: the start of the frame that shows it. */
  frame: number
  /** A task posted from that callback: after the frame and the work the app defers past its paint. */
  painted: number
  /** The keydown's Event Timing duration: the frame presented after its handlers (to 8 ms). */
  presented: number
}

/** Selects the n-th unhighlighted "Sentence …." in the reading (DOM selection, read by ProseMirror). */
const selectSentence = (n: number) => `(() => {
  const editor = document.querySelector('.ProseMirror')
  editor.focus()
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT)
  let seen = 0
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest('.hl')) continue
    const match = /Sentence \\d+ [^.]*\\./.exec(node.data)
    if (!match) continue
    if (seen++ < ${n}) continue
    const range = document.createRange()
    range.setStart(node, match.index)
    range.setEnd(node, match.index + match[0].length)
    node.parentElement.scrollIntoView({ block: 'center' })
    const selection = window.getSelection()
    selection.removeAllRanges()
    selection.addRange(range)
    return match[0]
  }
  return null
})()`

/** Times key 1 → a new map node in the DOM, → the next frame, and → the task after that frame (after its paint). */
const armHighlight = `(() => {
  const count = () => document.querySelectorAll('[data-testid="map-node"]').length
  const before = count()
  window.__benchHighlight = { before }
  document.addEventListener('keydown', (event) => { if (event.key === '1' && window.__benchHighlight.start === undefined) window.__benchHighlight.start = event.timeStamp }, { capture: true, once: true })
  const observer = new MutationObserver(() => {
    if (count() <= before) return
    observer.disconnect()
    const mark = window.__benchHighlight
    mark.node = performance.now()
    requestAnimationFrame(() => {
      mark.frame = performance.now()
      const channel = new MessageChannel()
      channel.port1.onmessage = () => { mark.painted = performance.now() }
      channel.port2.postMessage(null)
    })
  })
  observer.observe(document.body, { childList: true, subtree: true })
  // Event Timing: keydown → the frame presented after its handlers (Chromium rounds to 8 ms).
  const timing = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'keydown' || Math.abs(entry.startTime - window.__benchHighlight.start) > 1) continue
      window.__benchHighlight.presented = entry.duration
      timing.disconnect()
    }
  })
  timing.observe({ type: 'event', durationThreshold: 16 })
})()`

/** Trials `first` … `first + count − 1`: select a sentence, press 1, time the new node (in the DOM, the next frame, the frame presented). */
export async function runHighlightTrials(page: Page, first: number, count: number, notes: string[]): Promise<HighlightTimes[]> {
  const times: HighlightTimes[] = []
  for (let trial = first; trial < first + count; trial++) {
    const picked = await page.evaluate(selectSentence(trial * 3))
    if (!picked) break
    await page.waitForTimeout(150)
    await page.evaluate(armHighlight)
    await page.keyboard.press('1')
    try {
      await page.waitForFunction('window.__benchHighlight.painted !== undefined && window.__benchHighlight.presented !== undefined', undefined, { timeout: 5_000 })
    } catch {
      notes.push(`Highlight trial ${trial + 1}: no new map node within 5 s.`)
      continue
    }
    const mark = (await page.evaluate('window.__benchHighlight')) as { start: number; node: number; frame: number; painted: number; presented: number }
    times.push({ node: mark.node - mark.start, frame: mark.frame - mark.start, painted: mark.painted - mark.start, presented: mark.presented })
    await page.waitForTimeout(300)
  }
  return times
}
