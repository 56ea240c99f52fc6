import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { ServerProcess, freePort } from './pages/ServerProcess'
import { createRoom } from './pages/rooms'
import { seminarParagraphs } from './pages/seminarText'

// This spec runs its own server (not the shared webServer) on its own port and data dir, so that it can kill it.
let server: ServerProcess | null = null
let dataDir = ''

test.afterEach(async () => {
  await server?.killHard()
  server = null
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

test('after kill -9 and a restart, pages reconnect by themselves and nothing shown as Saved is lost', async ({ openAsNewPerson, request }) => {
  test.setTimeout(90_000)
  dataDir = mkdtempSync(join(tmpdir(), 'warrant-e2e-restart-'))
  const port = await freePort()
  server = await ServerProcess.start(port, dataDir)
  const baseURL = server.url
  const { links } = await createRoom(request, { title: 'Library hours', text: seminarParagraphs[0] }, baseURL)

  const alice = await openAsNewPerson(links.owner)
  const bob = await openAsNewPerson(links.editor)
  await alice.reader.typeParagraphs(seminarParagraphs.slice(1))
  await bob.reader.expectReading(seminarParagraphs.join(''))
  const claim = await alice.createNode('The library should stay open at night.', 'claim')
  const evidence = await bob.createNode('A survey of two hundred students found that most of them study after nine in the evening.', 'evidence')
  await expect(alice.map.node(evidence)).toBeVisible()
  await bob.map.linkNodes(evidence, claim, 'supports')
  await expect(alice.map.link(evidence, claim)).toHaveAttribute('data-link-kind', 'supports')
  await alice.map.moveNode(claim, 0, 120)
  const claimPosition = await alice.map.position(claim)
  await expect.poll(() => bob.map.position(claim)).toEqual(claimPosition)
  await alice.status.expectSaved()
  await bob.status.expectSaved()

  // kill -9: the server gets no chance to flush anything.
  await server.killHard()
  // Disconnected with nothing waiting: "Saved on this device" (the browser's copy holds it all), or offline.
  for (const person of [alice, bob]) await person.status.expectStatus(/offline|saved-locally/)
  // Keep both pages away from the restarted server until a third page has read what it stored,
  // so that what the third page sees cannot have been sent again by them on reconnecting.
  for (const person of [alice, bob]) await person.page.context().setOffline(true)

  server = await ServerProcess.start(port, dataDir)
  const carol = await openAsNewPerson(links.annotator)
  await carol.reader.expectReading(seminarParagraphs.join(''))
  await expect(carol.map.nodes).toHaveCount(2)
  await expect(carol.map.node(claim)).toHaveAttribute('data-kind', 'claim')
  await expect(carol.map.node(evidence)).toHaveAttribute('data-kind', 'evidence')
  await expect(carol.map.link(evidence, claim)).toHaveAttribute('data-link-kind', 'supports')
  expect(await carol.map.position(claim)).toEqual(claimPosition)
  expect(await carol.reader.highlightedText(claim)).toBe('The library should stay open at night.')
  // Alice and Bob were still cut off while Carol read the room.
  await expect(alice.status.badge).toHaveAttribute('data-status', /offline|saved-locally/)
  await expect(bob.status.badge).toHaveAttribute('data-status', /offline|saved-locally/)

  // Back on the network, Alice and Bob reconnect on their own, with no reload.
  for (const person of [alice, bob]) await person.page.context().setOffline(false)
  await alice.status.expectSaved(30_000)
  await bob.status.expectSaved(30_000)

  // Edits after the reconnect sync both ways, and to Carol.
  const counter = await alice.createNode('Opening at night would drain the budget for new books.', 'counterclaim')
  await expect(bob.map.node(counter)).toHaveAttribute('data-kind', 'counterclaim')
  await expect(carol.map.node(counter)).toBeVisible()
  await bob.map.linkNodes(counter, claim, 'attacks')
  await expect(alice.map.link(counter, claim)).toHaveAttribute('data-link-kind', 'attacks')
  await expect(carol.map.link(counter, claim)).toHaveAttribute('data-link-kind', 'attacks')
  for (const person of [alice, bob, carol]) await person.status.expectSaved()
})
