/**
 * A Chrome timeline trace (Playwright's `browser.startTracing`, devtools.timeline categories) of
 * one page while something runs, summed by event name in thread (CPU) time, so that other work on
 * the machine does not count: self time on the renderer's main thread
 * (nested events subtracted, so script that forces a layout is counted as script + layout), and
 * the busy time of the raster and compositor threads. Groups follow DevTools' summary: script,
 * style, layout, paint (pre-paint, paint, layerize, commit), other.
 */
import fs from 'node:fs'
import type { Browser, Page } from 'playwright-core'

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** Thread (CPU) time, when the trace has it: unlike `dur`, not stretched while the thread waits for a core. */
  tts?: number
  tdur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: { frame?: string } }
}

export interface TimelineSummary {
  /** Main-thread self time by event name (ms), largest first. */
  byName: [string, number][]
  /** Main-thread self time by group (ms). */
  byGroup: Record<TimelineGroup, number>
  /** How many events of each name the main thread ran. */
  counts: Map<string, number>
  /** Top-level task time on the main thread (ms): everything it was busy with. */
  mainBusy: number
  /** Busy time of the other renderer threads (raster workers, compositor), by thread name (ms). */
  otherThreads: [string, number][]
}

export type TimelineGroup = 'script' | 'style' | 'layout' | 'paint' | 'other'

const groups: Record<string, TimelineGroup> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  EventDispatch: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'v8.callFunction': 'script',
  'v8.run': 'script',
  'V8.Execute': 'script',
  MinorGC: 'script',
  MajorGC: 'script',
  'V8.GC_SCAVENGER': 'script',
  'BlinkGC.AtomicPhase': 'script',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  'Document::updateStyleAndLayoutTree': 'style',
  Layout: 'layout',
  'LocalFrameView::layout': 'layout',
  'IntersectionObserverController::computeIntersections': 'layout',
  UpdateLayer: 'paint',
  UpdateLayerTree: 'paint',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  PaintImage: 'paint',
  'LocalFrameView::RunPrePaintLifecyclePhase': 'paint',
  'LocalFrameView::RunPaintLifecyclePhase': 'paint',
  CompositeLayers: 'paint',
  Commit: 'paint',
  'ProxyMain::BeginMainFrame::commit': 'paint',
  HitTest: 'layout',
}

export const timelineCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'cc', 'toplevel']

/** Traces `page` while `during` runs and sums the renderer's work. `saveAs` keeps the raw trace. */
export async function traceTimeline(browser: Browser, page: Page, during: () => Promise<void>, saveAs?: string, categories = timelineCategories): Promise<TimelineSummary> {
  await browser.startTracing(page, { categories })
  await during()
  const buffer = await browser.stopTracing()
  if (saveAs) fs.writeFileSync(saveAs, buffer)
  return summariseTrace(JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[])
}

export function summariseTrace(trace: { traceEvents: TraceEvent[] } | TraceEvent[]): TimelineSummary {
  const events = Array.isArray(trace) ? trace : trace.traceEvents
  const threadNames = new Map<string, string>()
  for (const event of events) if (event.ph === 'M' && event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, event.args?.name ?? '')
  // The page's renderer: the CrRendererMain thread with the most timeline events.
  const perThread = new Map<string, number>()
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`
    if (threadNames.get(key) === 'CrRendererMain' && (event.ph === 'X' || event.ph === 'B')) perThread.set(key, (perThread.get(key) ?? 0) + 1)
  }
  const main = [...perThread.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
  const pid = main?.split(':')[0]
  const byThread = new Map<string, TraceEvent[]>()
  for (const event of events) {
    if (`${event.pid}` !== pid) continue
    const key = `${event.pid}:${event.tid}`
    let list = byThread.get(key)
    if (!list) byThread.set(key, (list = []))
    list.push(event)
  }
  const byName = new Map<string, number>()
  const counts = new Map<string, number>()
  let mainBusy = 0
  const otherThreads = new Map<string, number>()
  for (const [key, list] of byThread) {
    const spans = completeSpans(list)
    if (key === main) {
      const self = selfTimes(spans)
      for (const [name, time] of self.byName) byName.set(name, (byName.get(name) ?? 0) + time)
      for (const span of spans) counts.set(span.name, (counts.get(span.name) ?? 0) + 1)
      mainBusy = self.topLevel
    } else {
      const name = (threadNames.get(key) ?? key).replace(/\d+$/, '')
      otherThreads.set(name, (otherThreads.get(name) ?? 0) + selfTimes(spans).topLevel)
    }
  }
  const byGroup: Record<TimelineGroup, number> = { script: 0, style: 0, layout: 0, paint: 0, other: 0 }
  for (const [name, time] of byName) byGroup[groupOf(name)] += time
  return {
    byName: [...byName.entries()].sort((a, b) => b[1] - a[1]),
    byGroup,
    counts,
    mainBusy,
    otherThreads: [...otherThreads.entries()].filter(([, time]) => time > 0).sort((a, b) => b[1] - a[1]),
  }
}

function groupOf(name: string): TimelineGroup {
  if (groups[name]) return groups[name]
  if (/^(V8|v8)\.|GC|Microtask|Script|Function/.test(name)) return 'script'
  if (/Style|LayoutTree/.test(name)) return 'style'
  if (/Layout/.test(name)) return 'layout'
  if (/Paint|Raster|Layer|Composit|Commit/.test(name)) return 'paint'
  return 'other'
}

interface Span {
  name: string
  start: number
  end: number
}

/**
 * 'X' events and matched 'B'/'E' pairs of one thread, in µs: thread (CPU) time when the trace
 * has it (a busy machine then stretches nothing), else wall time.
 */
function completeSpans(list: TraceEvent[]): Span[] {
  const spans: Span[] = []
  const open: TraceEvent[] = []
  const sorted = [...list].sort((a, b) => a.ts - b.ts)
  const timed = sorted.filter((event) => event.ph === 'X' || event.ph === 'B' || event.ph === 'E')
  // A few events carry no thread time (instants, mostly): they are left out then.
  const cpu = timed.filter((event) => event.tts !== undefined).length > 0.9 * timed.length
  const at = (event: TraceEvent) => (cpu ? event.tts! : event.ts)
  for (const event of sorted) {
    if (cpu && event.tts === undefined) continue
    if (event.ph === 'X' && event.dur !== undefined) spans.push({ name: event.name, start: at(event), end: at(event) + (cpu ? (event.tdur ?? 0) : event.dur) })
    else if (event.ph === 'B') open.push(event)
    else if (event.ph === 'E') {
      const begin = open.pop()
      if (begin) spans.push({ name: begin.name, start: at(begin), end: at(event) })
    }
  }
  return spans
}

/** Self time by name (ms) of properly nested spans, and the total of the top-level ones. */
function selfTimes(spans: Span[]): { byName: Map<string, number>; topLevel: number } {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const byName = new Map<string, number>()
  const stack: { span: Span; children: number }[] = []
  let topLevel = 0
  const close = (entry: { span: Span; children: number }) => {
    const self = Math.max(0, entry.span.end - entry.span.start - entry.children)
    byName.set(entry.span.name, (byName.get(entry.span.name) ?? 0) + self / 1000)
  }
  for (const span of sorted) {
    while (stack.length > 0 && stack.at(-1)!.span.end <= span.start) close(stack.pop()!)
    const parent = stack.at(-1)
    // A span that overlaps its parent's end without nesting is clipped to it.
    const end = parent ? Math.min(span.end, parent.span.end) : span.end
    const clipped = { ...span, end }
    if (parent) parent.children += end - span.start
    else topLevel += end - span.start
    stack.push({ span: clipped, children: 0 })
  }
  while (stack.length > 0) close(stack.pop()!)
  return { byName, topLevel: topLevel / 1000 }
}

/** One line per group and the top names, per unit of work (e.g. per keystroke). */
export function formatTimeline(summary: TimelineSummary, per: number, unit: string, top = 14): string[] {
  const ms = (value: number) => `${(value / per).toFixed(2)} ms`
  const share = (value: number) => `${((100 * value) / Math.max(summary.mainBusy, 1e-9)).toFixed(0)} %`
  return [
    `main thread busy ${ms(summary.mainBusy)} per ${unit}: ` +
      (Object.entries(summary.byGroup) as [TimelineGroup, number][]).map(([group, time]) => `${group} ${ms(time)} (${share(time)})`).join(', '),
    `top self time per ${unit}: ${summary.byName.slice(0, top).map(([name, time]) => `${name} ${ms(time)}`).join('; ')}`,
    `other renderer threads per ${unit}: ${summary.otherThreads.slice(0, 6).map(([name, time]) => `${name} ${ms(time)}`).join('; ') || 'none'}`,
  ]
}
