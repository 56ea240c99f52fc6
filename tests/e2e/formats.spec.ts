import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures'
import { RoomPage } from './pages/RoomPage'
import { createRoom } from './pages/rooms'

const fixture = (path: string) => fileURLToPath(new URL(`../../packages/formats/src/${path}`, import.meta.url))

for (const [file, expected] of [
  ['readings/fixtures/small.docx', ['This is not a concession', 'Русский текст, ελληνικά']],
  ['readings/fixtures/two-pages.pdf', ['argument that continues on the next line', 'Page two opens a third paragraph']],
] as const) {
  test(`a New room made from ${file.split('/').at(-1)} through the home page reads the file's text`, async ({ page }) => {
    await page.goto('/')
    await page.getByTestId('reading-file-input').setInputFiles(fixture(file))
    await expect(page.getByTestId('new-room-file')).toBeVisible()
    await expect(page.getByTestId('new-room-title')).not.toHaveValue('')
    await page.getByTestId('new-room-submit').click()
    await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]+$/)
    const room = new RoomPage(page)
    await room.status.expectSaved()
    await room.dismissIdentityPrompt()
    for (const words of expected) await room.reader.expectReadingToContain(words)
  })
}

test('an AIF file imported from the map toolbar becomes nodes and links, and the map exports as Argdown and AIF', async ({ page, request }) => {
  const created = await createRoom(request, { title: 'Smoking in parks', text: 'Smoking should be banned in parks.\nChildren play in parks.' })
  const room = await RoomPage.open(page, created.links.owner)
  await page.getByTestId('import-file').setInputFiles(fixture('aif/fixtures/aifdb-plain.json'))
  const summary = page.getByTestId('import-summary')
  await expect(summary).toBeVisible()
  await expect(page.getByTestId('import-counts')).toContainText('4 statements')
  await page.getByTestId('import-close').click()
  await expect(room.map.nodes).toHaveCount(4)
  await expect(room.map.view).toContainText('Second-hand smoke harms children')
  // A statement whose words are in the reading is anchored: its passage is highlighted.
  await expect(room.reader.text.locator('.hl')).not.toHaveCount(0)

  await page.getByTestId('export-button').click()
  const [argdown] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-argdown').click()])
  expect(argdown.suggestedFilename()).toMatch(/\.argdown$/)
  expect(await readFile(await argdown.path(), 'utf8')).toContain('Outdoor smoke disperses quickly')
  const [aif] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-aif').click()])
  const document = JSON.parse(await readFile(await aif.path(), 'utf8')) as { AIF: { nodes: { type: string }[] } }
  expect(document.AIF.nodes.filter((node) => node.type === 'I')).toHaveLength(4)
  expect(document.AIF.nodes.some((node) => node.type === 'RA' || node.type === 'CA')).toBe(true)
})

test('a file that is not a map is refused with a message, and the map stays as it was', async ({ page, request, pageErrors }) => {
  const created = await createRoom(request, { title: 'Empty', text: 'One line.' })
  const room = await RoomPage.open(page, created.links.owner)
  await page.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"nodes": [') })
  await expect(page.getByTestId('import-summary')).toContainText('Could not import broken.json')
  await expect(room.map.nodes).toHaveCount(0)
  // Chromium logs the refused upload (400) itself; that one is caused on purpose here.
  const refused = pageErrors.findIndex((error) => /status of 400/.test(error))
  expect(refused).toBeGreaterThanOrEqual(0)
  pageErrors.splice(refused, 1)
})
