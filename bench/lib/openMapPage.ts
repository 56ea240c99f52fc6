import type { Browser, Page } from 'playwright-core'
import { dismissIdentityPrompt, initScript, mapSettledAt } from '../peers/pageMeasure'
import { newBenchPage } from './newBenchPage'

/** Opening a map, on the page's clock from its navigation (ms). */
export interface MapOpening {
  /** The first frame with a map node in the page. */
  shownMs: number
  /** The last change seen of the mounted nodes and links before they rested 600 ms (null: not within 5 s). */
  settledMs: number | null
  /** Long tasks until then. */
  longestTaskMs: number
  longTaskMs: number
  /** Map nodes in the page once settled. */
  mounted: number
}

const firstNodeAt = `document.querySelector('.react-flow__node') ? performance.now() : 0`
const longTasksUntil = (until: number) => `(() => {
  const tasks = window.__benchLongTasks.filter((task) => task.start < ${until})
  return { longest: Math.max(0, ...tasks.map((task) => task.duration)), total: tasks.reduce((sum, task) => sum + task.duration, 0), mounted: document.querySelectorAll('.react-flow__node').length }
})()`

/**
 * Opens a map page at 1600×1000 and waits until its map has settled. Ours mounts the nodes in view
 * (with more than 600 nodes; estimated sizes for the rest), the bare page every node, so the wait
 * is for the first node, then for the map to rest; `nodeCount` is what the bare page must show.
 */
export async function openMapPage(browser: Browser, url: string, nodeCount: number, ours: boolean): Promise<{ page: Page; opening: MapOpening }> {
  const page = await newBenchPage(browser, { viewport: { width: 1600, height: 1000 } })
  await page.addInitScript(initScript)
  await page.goto(url)
  const shownMs = (await (await page.waitForFunction(firstNodeAt, undefined, { timeout: 90_000, polling: 'raf' })).jsonValue()) as number
  if (!ours) await page.waitForFunction(`document.querySelectorAll('.react-flow__node').length >= ${nodeCount}`, undefined, { timeout: 90_000 })
  const settledMs = await mapSettledAt(page)
  const tasks = (await page.evaluate(longTasksUntil(settledMs ?? Number.POSITIVE_INFINITY))) as { longest: number; total: number; mounted: number }
  if (ours) await dismissIdentityPrompt(page)
  await page.waitForTimeout(1500)
  return { page, opening: { shownMs, settledMs, longestTaskMs: tasks.longest, longTaskMs: tasks.total, mounted: tasks.mounted } }
}
