/**
 * Page-side measurement shared by canvas.ts and reader.ts: a requestAnimationFrame loop, long
 * tasks (PerformanceObserver 'longtask'), the app's render counters, and CPU profiles through
 * CDP. Page scripts are strings: tsx wraps functions in a `__name` helper the page does not have.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { webDist } from '../lib/paths'

export const initScript = `
  window.__warrantRenderCounts = { nodes: 0, edges: 0 }
  window.__benchLongTasks = []
  try {
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration }) })
      .observe({ type: 'longtask', buffered: true })
  } catch {}
`
const startFrames = `(() => {
  window.__warrantRenderCounts = { nodes: 0, edges: 0 }
  const frames = []
  window.__benchFrames = frames
  window.__benchFramesOn = true
  const tick = (now) => {
    frames.push(now)
    if (window.__benchFramesOn) requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
  window.__benchWindowStart = performance.now()
})()`
const stopFrames = `(() => {
  window.__benchFramesOn = false
  const start = window.__benchWindowStart
  const frames = window.__benchFrames
  const deltas = frames.slice(1).map((t, i) => t - frames[i])
  const longTasks = window.__benchLongTasks.filter((task) => task.start >= start)
  return { frames: frames.length, spanMs: frames.length > 1 ? frames[frames.length - 1] - frames[0] : 0, deltas, longTasks: longTasks.length, longTaskMs: longTasks.reduce((s, t) => s + t.duration, 0), renders: { ...window.__warrantRenderCounts } }
})()`

export interface FrameWindow {
  frames: number
  spanMs: number
  deltas: number[]
  longTasks: number
  longTaskMs: number
  renders: { nodes: number; edges: number }
}

/** Frames, long tasks and render counts while `during` runs (plus 100 ms to let the last frame land). */
export async function recordFrames(page: Page, during: () => Promise<void>): Promise<FrameWindow> {
  await page.evaluate(startFrames)
  await during()
  await page.waitForTimeout(100)
  return (await page.evaluate(stopFrames)) as FrameWindow
}

const settleMap = `new Promise((resolve) => {
  const count = () => document.querySelectorAll('.react-flow__node, .react-flow__edge').length
  const end = performance.now() + 5000
  let last = count()
  let since = performance.now()
  const tick = (now) => {
    const current = count()
    if (current !== last) {
      last = current
      since = now
    }
    if (now - since >= 600 || now > end) resolve(now - since >= 600 ? since : null)
    else requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})`

/**
 * When (the page's clock, ms since its navigation) the map's mounted nodes and links (React
 * Flow's, ours or the bare page's) were last seen to change, or the watch began if they did not,
 * once they stayed the same for 600 ms; null when they did not within 5 s. 600 ms: longer than our
 * view's 400 ms rest before it lets go of the nodes out of view.
 */
export async function mapSettledAt(page: Page): Promise<number | null> {
  return (await page.evaluate(settleMap)) as number | null
}

/** Whether the map settled (mapSettledAt) within 5 s. */
export async function mapSettled(page: Page): Promise<boolean> {
  return (await mapSettledAt(page)) !== null
}

/** Our app asks a first-time visitor for a name; Escape keeps the generated one. */
export async function dismissIdentityPrompt(page: Page): Promise<void> {
  const dialog = page.locator('[data-testid="identity-dialog"]')
  try {
    await dialog.waitFor({ state: 'visible', timeout: 5_000 })
  } catch {
    return
  }
  await page.locator('[data-testid="identity-name"]').focus()
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'hidden', timeout: 5_000 })
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]
  samples: number[]
  timeDeltas: number[]
}

/**
 * Runs `during` under the CDP Profiler and returns the top self-time functions. The production
 * bundle is minified, so each entry also shows the source text at that spot of the built file.
 */
export async function profileTop(page: Page, during: () => Promise<void>, count = 12, saveAs?: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await during()
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
  await cdp.detach()
  if (saveAs) fs.writeFileSync(saveAs, JSON.stringify(profile))
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame
    const delta = profile.timeDeltas[index] ?? 0
    const file = frame.url.replace(/^.*\/assets\//, '')
    const key = `${frame.functionName || '(anonymous)'}\t${file}\t${frame.lineNumber}\t${frame.columnNumber}`
    self.set(key, (self.get(key) ?? 0) + delta)
    total += delta
  })
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, time]) => {
      const [name, file, line, column] = key.split('\t') as [string, string, string, string]
      return `${((100 * time) / total).toFixed(1)} % ${name}${file ? ` (${file}:${Number(line) + 1}:${Number(column) + 1}${sourceAt(file, Number(line), Number(column))})` : ''}`
    })
}

const sources = new Map<string, string[] | null>()
/** A short excerpt of the built file at a profile position, to recognise a minified function. */
function sourceAt(file: string, line: number, column: number): string {
  if (!sources.has(file)) {
    const full = path.join(webDist, 'assets', file)
    sources.set(file, fs.existsSync(full) ? fs.readFileSync(full, 'utf8').split('\n') : null)
  }
  const text = sources.get(file)?.[line]
  if (!text) return ''
  return ` \`${text.slice(Math.max(0, column), column + 70).replaceAll('`', "'").replaceAll('|', '/')}\``
}

/** The id and centre of the rendered node nearest the middle of the React Flow pane. */
export const pickNode = `(() => {
  const pane = document.querySelector('.react-flow')
  const box = pane.getBoundingClientRect()
  const cx = box.left + box.width / 2, cy = box.top + box.height / 2
  let best = null
  for (const element of document.querySelectorAll('.react-flow__node')) {
    const r = element.getBoundingClientRect()
    if (r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom) continue
    const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy)
    if (!best || d < best.d) best = { d, id: element.getAttribute('data-id'), x: r.left + r.width / 2, y: r.top + r.height / 2 }
  }
  return best
})()`
