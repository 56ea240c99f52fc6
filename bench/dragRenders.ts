/**
 * Renders per drag frame: a 500-node, 600-link room written through the model, opened in
 * Chromium; one node is dragged with the mouse (~60 moves over ~1 s) while the page counts
 * animation frames, the map's node and edge component renders (`window.__warrantRenderCounts`,
 * incremented by the web app's ArgumentNodeView and LinkEdgeView) and long tasks.
 * Peer: the same page idle (frames with no input), measured in the same run.
 */
import { launchChromium } from './lib/browser'
import { isMain } from './lib/isMain'
import { assertWebBuilt } from './lib/paths'
import { pinSelfToLoadCore } from './lib/pinning'
import { type Section, printSection } from './lib/report'
import { startWarrantServer } from './lib/servers'
import { latencyStats, formatMs, formatRatio } from './lib/stats'
import { writeLargeRoom } from './lib/writeLargeRoom'
import { dismissIdentityPrompt, initScript, pickNode, recordFrames } from './peers/pageMeasure'
import { newBenchPage } from './lib/newBenchPage'

const nodeCount = 500
const verticalLinks = 120
const moves = 60
const moveIntervalMs = 16



export async function dragRendersSection(): Promise<Section> {
  assertWebBuilt()
  const pinned = pinSelfToLoadCore()
  const server = await startWarrantServer()
  const roomId = `bench-drag-${Date.now().toString(36)}`
  const browser = await launchChromium()
  try {
    const room = await writeLargeRoom(server.syncBase, roomId, nodeCount, verticalLinks)
    const page = await newBenchPage(browser, { viewport: { width: 1600, height: 1000 } })
    await page.addInitScript(initScript)
    await page.goto(room.ownerUrl)
    await page.waitForFunction(`document.querySelectorAll('[data-testid="map-node"]').length >= ${room.nodeCount}`, undefined, { timeout: 30_000 })
    // The first-visit name prompt would take the drag's pointer events.
    await dismissIdentityPrompt(page)
    await page.waitForTimeout(1500)
    const picked = (await page.evaluate(pickNode)) as { id: string; x: number; y: number } | null
    if (!picked) throw new Error('no map node fully inside the map pane to drag')
    const degree = room.degree.get(picked.id) ?? 0

    const idle = await recordFrames(page, () => page.waitForTimeout(1000))
    const drag = await recordFrames(page, async () => {
      await page.mouse.move(picked.x, picked.y)
      await page.mouse.down()
      for (let step = 1; step <= moves; step++) {
        await page.mouse.move(picked.x + step * 3, picked.y + step * 2)
        await page.waitForTimeout(moveIntervalMs)
      }
      await page.mouse.up()
    })
    const after = await page.locator(`[data-node-id="${picked.id}"]`).boundingBox()
    const moved = after ? Math.hypot(after.x + after.width / 2 - picked.x, after.y + after.height / 2 - picked.y) : Number.NaN
    await page.context().close()

    const perFrame = (count: number) => (drag.frames > 0 ? count / drag.frames : Number.NaN)
    const dragFrames = latencyStats(drag.deltas)
    const idleFrames = latencyStats(idle.deltas)
    const idlePerFrame = (count: number) => (idle.frames > 0 ? count / idle.frames : Number.NaN)
    return {
      title: 'Renders per drag frame',
      what:
        `A room of ${room.nodeCount} nodes and ${room.linkCount} links written through the model (\`addNode\`, \`linkNodes\`) over a stock ` +
        '`WebsocketProvider` to our server (saved ack awaited), opened in Chromium at 1600×1000. The node nearest the middle of the map ' +
        `(degree ${degree}) is dragged with \`page.mouse\` (${moves} moves, ${moveIntervalMs} ms apart) while a requestAnimationFrame loop counts ` +
        'frames, `window.__warrantRenderCounts` counts ArgumentNodeView / LinkEdgeView renders and a PerformanceObserver counts long tasks. ' +
        'Peer: the same page with no input for 1 s (its idle frames); renders are also compared with the ideal (1 node + its links).',
      peerName: 'same page, idle',
      rows: [
        {
          measure: 'node renders per frame',
          ours: `${perFrame(drag.renders.nodes).toFixed(2)} (${drag.renders.nodes} in ${drag.frames} frames)`,
          peer: `${idlePerFrame(idle.renders.nodes).toFixed(2)} idle`,
          ratio: `${(perFrame(drag.renders.nodes) / 1).toFixed(2)}× ideal`,
          goal: '≈ 1 (the dragged node)',
        },
        {
          measure: 'edge renders per frame',
          ours: `${perFrame(drag.renders.edges).toFixed(2)} (${drag.renders.edges} in ${drag.frames} frames)`,
          peer: `${idlePerFrame(idle.renders.edges).toFixed(2)} idle`,
          ratio: degree > 0 ? `${(perFrame(drag.renders.edges) / degree).toFixed(2)}× ideal` : 'n/a',
          goal: `≈ ${degree} (its links)`,
        },
        {
          measure: 'node / edge renders per mouse move',
          ours: `${(drag.renders.nodes / moves).toFixed(2)} / ${(drag.renders.edges / moves).toFixed(2)} (${moves} moves in ${formatMs(drag.spanMs)})`,
          peer: '',
          ratio: degree > 0 ? `edges ${(drag.renders.edges / moves / degree).toFixed(2)}× ideal` : 'n/a',
          goal: `≈ 1 / ${degree}`,
        },
        {
          measure: 'frame time p50 / p95',
          ours: `${formatMs(dragFrames.p50)} / ${formatMs(dragFrames.p95)}`,
          peer: `${formatMs(idleFrames.p50)} / ${formatMs(idleFrames.p95)}`,
          ratio: `p95 ${formatRatio(dragFrames.p95, idleFrames.p95)}`,
          goal: '≤ 16.7 ms (60 fps)',
        },
        {
          measure: 'long tasks (> 50 ms), total time',
          ours: `${drag.longTasks}, ${formatMs(drag.longTaskMs)}`,
          peer: `${idle.longTasks}, ${formatMs(idle.longTaskMs)}`,
          ratio: '',
          goal: '0',
        },
      ],
      notes: [
        `The dragged node moved ${Number.isFinite(moved) ? moved.toFixed(0) : '?'} px on screen (mouse moved ${Math.hypot(moves * 3, moves * 2).toFixed(0)} px); a whole-map re-render would be ${room.nodeCount} nodes + ${room.linkCount} edges per frame.`,
        `Server pinned to core 0; Chromium (software rendering, --disable-gpu) and this script on core 1: ${pinned ? 'yes' : 'no'}.`,
      ],
    }
  } finally {
    await browser.close()
    await server.stop()
  }
}

if (isMain(import.meta.url)) {
  console.log('Renders per drag frame')
  printSection(await dragRendersSection())
}
