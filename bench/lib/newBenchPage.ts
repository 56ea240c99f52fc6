import type { Browser, BrowserContextOptions, Page } from 'playwright-core'

/** Window height to spare below the viewport (px); the content area was measured 87 px short. */
const spareHeight = 200

/**
 * A page in a new context whose window shows the whole viewport. Headless Chromium (150, the
 * "new" headless) sizes the window to the viewport, but the window's content area is ~87 px
 * shorter, so the page's bottom strip never reaches the display: a change drawn only there
 * damages nothing shown, the display skips the frame ("Draw skipped"), and Event Timing's
 * presentation waits for the next frame that draws something else. A highlight's node placed
 * in that strip read 48–112 ms presented against 24–40 elsewhere. A user's window shows all of it.
 */
export async function newBenchPage(browser: Browser, options: BrowserContextOptions & { viewport: { width: number; height: number } }): Promise<Page> {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  try {
    const { windowId, bounds } = await cdp.send('Browser.getWindowForTarget')
    await cdp.send('Browser.setWindowBounds', { windowId, bounds: { width: bounds.width, height: options.viewport.height + spareHeight } })
  } finally {
    await cdp.detach()
  }
  return page
}
