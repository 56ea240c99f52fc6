import { type Browser, type BrowserContext, test as base, expect } from '@playwright/test'
import { RoomPage } from './pages/RoomPage'

interface Fixtures {
  /** Uncaught errors and console errors of every page in every context the test opened. */
  pageErrors: string[]
  /** Opens a room link in a new browser context: another person, with their own storage and name. */
  openAsNewPerson: (link: string) => Promise<RoomPage>
}

function watch(context: BrowserContext, errors: string[]): void {
  context.on('weberror', (error) => errors.push(`uncaught: ${error.error().message}`))
  context.on('console', (message) => {
    // A dropped connection is logged by Chromium itself; the serverRestart spec causes them on purpose.
    // Refused access (401/403/404 from the access API) is logged by Chromium too, and so are requests
    // made while the server is down (the access re-check while offline); specs cause both on purpose.
    const expected =
      /WebSocket connection to .* failed|Failed to load resource: the server responded with a status of 40[134]|Failed to load resource: net::ERR_/
    if (message.type() === 'error' && !expected.test(message.text())) errors.push(`console: ${message.text()}`)
  })
}

/**
 * Every spec runs with a check that the app threw nothing and logged no errors: a crash in a
 * React effect would otherwise pass as long as the asserted element happened to render.
 */
export const test = base.extend<Fixtures>({
  pageErrors: [
    async ({ context }, use) => {
      const errors: string[] = []
      watch(context, errors)
      await use(errors)
      expect(errors, 'errors in the page').toEqual([])
    },
    { auto: true },
  ],
  openAsNewPerson: async ({ browser, baseURL, pageErrors }, use) => {
    const contexts: BrowserContext[] = []
    await use(async (link) => {
      const context = await newContext(browser, baseURL)
      contexts.push(context)
      watch(context, pageErrors)
      return RoomPage.open(await context.newPage(), link)
    })
    for (const context of contexts) await context.close()
  },
})

function newContext(browser: Browser, baseURL: string | undefined): Promise<BrowserContext> {
  return browser.newContext({ ...(baseURL ? { baseURL } : {}), viewport: { width: 1400, height: 900 } })
}

export { expect }
