/**
 * A Chrome trace of one canvas phase (a drag, a pan, a zoom, remote moves) on one page, as CPU
 * per input event: the renderer's main thread by kind of work (self time), raster, frames drawn.
 * Set CANVAS_TRACE_DIR to keep each trace for DevTools.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'

const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'toplevel', 'viz']
const traceDir = process.env.CANVAS_TRACE_DIR

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  args?: { name?: string; data?: { frames?: { processId: number }[] } }
}

/**
 * Renderer CPU of a traced phase per input event of the phase (a mouse move, a wheel step, a remote
 * move; the same count on both pages, and unlike frames drawn not fewer on a loaded machine), ms:
 * the main thread by kind of work, and raster.
 */
export interface PhaseTrace {
  frames: number
  inputs: number
  main: Record<'script' | 'style' | 'layout' | 'hitTest' | 'paint' | 'layerize' | 'other', number>
  raster: number
}

const mainKinds: [keyof PhaseTrace['main'], RegExp][] = [
  ['script', /^(FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|V8\.|v8\.|MinorGC|MajorGC|BlinkScheduler_PerformMicrotaskCheckpoint)/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|StyleEngine|ScheduleStyleRecalculation)/],
  ['layout', /^(Layout|UpdateLayout)/],
  ['hitTest', /^HitTest/],
  ['paint', /^(Paint|PrePaint)$/],
  ['layerize', /^(Layerize|Commit)$/],
]

/** CPU self time (tdur) of the page's main thread by kind, raster task CPU, and frames drawn. */
function summariseTrace(events: TraceEvent[], inputs: number): PhaseTrace {
  const pid = events.find((event) => event.name === 'TracingStartedInBrowser')?.args?.data?.frames?.[0]?.processId
  const mainTid = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === pid && event.args?.name === 'CrRendererMain')?.tid
  const main = { script: 0, style: 0, layout: 0, hitTest: 0, paint: 0, layerize: 0, other: 0 }
  let raster = 0
  let frames = 0
  const mainEvents: TraceEvent[] = []
  for (const event of events) {
    if (event.name === 'Display::DrawAndSwap') frames++
    if (event.pid !== pid || event.ph !== 'X') continue
    if (event.name === 'RasterTask') raster += event.tdur ?? event.dur ?? 0
    else if (event.tid === mainTid) mainEvents.push(event)
  }
  mainEvents.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const stack: { event: TraceEvent; end: number; childCpu: number }[] = []
  const close = (upTo: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= upTo) {
      const { event, childCpu } = stack.pop()!
      const cpu = event.tdur ?? event.dur ?? 0
      const kind = mainKinds.find(([, pattern]) => pattern.test(event.name))?.[0] ?? 'other'
      main[kind] += Math.max(0, cpu - childCpu)
      if (stack.length > 0) stack[stack.length - 1]!.childCpu += cpu
    }
  }
  for (const event of mainEvents) {
    close(event.ts)
    stack.push({ event, end: event.ts + (event.dur ?? 0), childCpu: 0 })
  }
  close(Number.POSITIVE_INFINITY)
  const per = (us: number) => us / 1000 / inputs
  return { frames, inputs, main: Object.fromEntries(Object.entries(main).map(([kind, us]) => [kind, per(us)])) as PhaseTrace['main'], raster: per(raster) }
}

export async function tracePhase(page: Page, name: string, inputs: number, during: () => Promise<void>): Promise<PhaseTrace> {
  const browser = page.context().browser()!
  await browser.startTracing(page, { categories: traceCategories })
  await during()
  const buffer = await browser.stopTracing()
  if (traceDir) fs.writeFileSync(path.join(traceDir, `${name}.json`), buffer)
  return summariseTrace((JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents, inputs)
}

export function formatPhaseTrace({ frames, inputs, main, raster }: PhaseTrace): string {
  const total = Object.values(main).reduce((sum, ms) => sum + ms, 0)
  const kinds = Object.entries(main).map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`)
  return `CPU ms per input (${inputs}): main thread ${total.toFixed(1)} (${kinds.join(', ')}), raster ${raster.toFixed(1)}; ${frames} frames drawn`
}
