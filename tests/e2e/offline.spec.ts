import type { BrowserContext, WebSocketRoute } from '@playwright/test'
import { expect, test } from './fixtures'
import { createRoom } from './pages/rooms'
import { RoomPage } from './pages/RoomPage'

const text = [
  'The library should stay open at night.',
  'A survey of two hundred students found that most of them study after nine in the evening.',
  'Opening at night would drain the budget for new books.',
].join('\n')

/** Chromium logs the requests that fail while the context is offline; they are the point here. */
function withoutOfflineNoise(errors: string[]): void {
  const expected = /ERR_INTERNET_DISCONNECTED|ERR_NAME_NOT_RESOLVED|ERR_FAILED|WebSocket connection to .* failed/
  errors.splice(0, errors.length, ...errors.filter((error) => !expected.test(error)))
}

/**
 * Chromium's offline emulation (`setOffline`) fails new requests but leaves open websockets
 * alone, so the sync sockets go through a route that the test can cut, as a lost network would.
 */
async function withCuttableSync(context: BrowserContext) {
  let offline = false
  const open = new Set<WebSocketRoute>()
  await context.routeWebSocket(/\/sync\//, (ws) => {
    if (offline) return void ws.close({ code: 1001, reason: 'offline' })
    const server = ws.connectToServer()
    open.add(ws)
    ws.onClose(() => {
      open.delete(ws)
      void server.close()
    })
    server.onClose(() => {
      open.delete(ws)
      void ws.close()
    })
  })
  return async (value: boolean) => {
    offline = value
    await context.setOffline(value)
    if (value) for (const ws of Array.from(open)) await ws.close({ code: 1001, reason: 'offline' })
  }
}

test('an offline person keeps working, sees the changes waiting, and merges them on return', async ({ browser, openAsNewPerson, request, pageErrors }) => {
  const room = await createRoom(request, { title: 'Offline seminar', text })
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const setOffline = await withCuttableSync(context)
  context.on('weberror', (error) => pageErrors.push(`uncaught: ${error.error().message}`))
  const alice = await RoomPage.open(await context.newPage(), room.links.editor)
  const bob = await openAsNewPerson(room.links.editor)
  const claim = await alice.createNode('The library should stay open at night.', 'claim')
  await expect(bob.map.node(claim)).toBeVisible()
  await alice.status.expectSaved()

  await setOffline(true)
  await expect(alice.status.badge).toHaveAttribute('data-status', /offline|saved-locally/)
  await expect(alice.status.badge).toHaveText('Saved on this device')
  await alice.page.screenshot({ path: '.artifacts/screens/status-saved-on-device-offline.png', clip: { x: 0, y: 0, width: 1400, height: 60 } })

  // Offline edits: a node from a highlight, and a move.
  const evidence = await alice.createNode('most of them study after nine in the evening', 'evidence')
  await alice.map.moveNode(claim, 0, 120)
  const moved = await alice.map.position(claim)
  await expect(alice.status.badge).toHaveAttribute('data-status', 'offline')
  await expect(alice.status.badge).toHaveText(/^Offline — \d+ changes waiting$/)
  const waiting = Number(await alice.status.badge.getAttribute('data-waiting'))
  expect(waiting).toBeGreaterThanOrEqual(2)
  await alice.page.screenshot({ path: '.artifacts/screens/status-offline-waiting.png', clip: { x: 0, y: 0, width: 1400, height: 60 } })
  await expect(bob.map.node(evidence)).toHaveCount(0)

  // A reload while offline shows the cached room (app shell from the service worker, room from IndexedDB).
  await alice.page.reload()
  await expect(alice.map.node(evidence)).toBeVisible()
  await expect(alice.map.node(claim)).toBeVisible()
  await expect.poll(() => alice.map.position(claim)).toEqual(moved)
  await expect(alice.reader.text).toContainText('The library should stay open at night.')
  await expect(alice.status.badge).toHaveText(`Offline — ${waiting} changes waiting`)

  // Back online: the edits merge and the server acknowledges them.
  await setOffline(false)
  await alice.status.expectSaved(30_000)
  await expect(bob.map.node(evidence)).toBeVisible()
  await expect(bob.map.node(evidence)).toHaveAttribute('data-kind', 'evidence')
  await expect.poll(() => bob.map.position(claim)).toEqual(moved)
  await expect(bob.map.nodes).toHaveCount(2)
  await expect(alice.map.nodes).toHaveCount(2)
  // No duplicated text after the merge.
  await expect(bob.reader.text).toHaveText(text.split('\n').join(''))
  withoutOfflineNoise(pageErrors)
  await context.close()
})

test('the badge says Saved on this device until the server acknowledges, then Saved', async ({ browser, request }) => {
  const room = await createRoom(request, { title: 'Status states', text })
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  // Holds back the server's "saved" acknowledgements (message type 100) while `holdAcks` is set.
  let holdAcks = false
  await context.routeWebSocket(/\/sync\//, (ws) => {
    const server = ws.connectToServer()
    server.onMessage((message) => {
      if (holdAcks && typeof message !== 'string' && message[0] === 100) return
      ws.send(message)
    })
  })
  const alice = await RoomPage.open(await context.newPage(), room.links.editor)
  await alice.page.screenshot({ path: '.artifacts/screens/status-saved.png', clip: { x: 0, y: 0, width: 1400, height: 60 } })
  holdAcks = true
  const node = await alice.createNode('Opening at night would drain the budget for new books.', 'counterclaim')
  await expect(alice.status.badge).toHaveAttribute('data-status', 'saved-locally')
  await expect(alice.status.badge).toHaveText('Saved on this device')
  await alice.page.screenshot({ path: '.artifacts/screens/status-saved-on-device.png', clip: { x: 0, y: 0, width: 1400, height: 60 } })
  holdAcks = false
  await alice.map.moveNode(node, 40, 40)
  await alice.status.expectSaved()
  await context.close()
})

test('the badge says Connecting… until the first connection syncs', async ({ browser, request }) => {
  const room = await createRoom(request, { title: 'Connecting', text })
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  // A sync endpoint that accepts and never answers.
  await context.routeWebSocket(/\/sync\//, () => {})
  const page = await context.newPage()
  await page.goto(room.links.editor)
  const badge = page.getByTestId('sync-status')
  await expect(badge).toHaveAttribute('data-status', 'connecting')
  await expect(badge).toHaveText('Connecting…')
  await page.screenshot({ path: '.artifacts/screens/status-connecting.png', clip: { x: 0, y: 0, width: 1400, height: 60 } })
  await context.close()
})

test('the first visit keeps every chunk for offline starts, lazy ones (the map pane) included', async ({ openAsNewPerson, request }) => {
  const room = await createRoom(request, { title: 'First visit', text })
  const alice = await openAsNewPerson(room.links.editor)
  await alice.status.expectSaved()
  const missing = await alice.page.evaluate(async () => {
    await navigator.serviceWorker.ready
    const listed = (await (await fetch('/asset-manifest.json')).json()) as string[]
    // The worker's install step may still be filling the cache.
    for (let tries = 0; tries < 100; tries++) {
      const absent = []
      for (const asset of listed) if (!(await caches.match(asset))) absent.push(asset)
      if (absent.length === 0) return { listed: listed.length, absent }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return { listed: listed.length, absent: listed.filter(Boolean) }
  })
  expect(missing.absent).toEqual([])
  expect(missing.listed).toBeGreaterThan(5)
  expect(await alice.page.evaluate(() => caches.keys().then(async (keys) => (await Promise.all(keys.map(async (key) => (await (await caches.open(key)).keys()).map((request) => new URL(request.url).pathname)))).flat().some((path) => /\/assets\/MapView-/.test(path))))).toBe(true)
})
