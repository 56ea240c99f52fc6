import { expect, test } from './fixtures'
import { RoomPage } from './pages/RoomPage'
import { seminarParagraphs } from './pages/seminarText'

test('New room from a title and pasted text opens the room with that text, and the home page lists it afterwards', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByTestId('home-no-rooms')).toBeVisible()
  const title = `Library hours ${Date.now()}`
  await page.getByTestId('new-room-title').fill(title)
  await page.getByTestId('new-room-text').fill(seminarParagraphs.join('\n\n'))
  await page.screenshot({ path: '.artifacts/screenshots/home-new-room.png' })
  await page.getByTestId('new-room-submit').click()

  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]+$/)
  const room = new RoomPage(page)
  await room.status.expectSaved()
  await room.dismissIdentityPrompt()
  await room.reader.expectReading(seminarParagraphs.join(''))
  await expect(room.reader.text.locator('p')).toHaveCount(3)
  await expect(room.roleChip).toHaveText('Owner')
  await expect(page.locator('.room-title')).toHaveText(title)
  const roomPath = new URL(page.url()).pathname

  // The token left the address bar but stays in this browser: the room reopens from the home page.
  await page.goto('/')
  const entry = page.getByTestId('home-room').first()
  await expect(entry).toContainText(title)
  await expect(entry).toContainText('Owner')
  await page.screenshot({ path: '.artifacts/screenshots/home.png' })
  await entry.click()
  await expect(page).toHaveURL(new RegExp(`${roomPath}$`))
  await room.status.expectSaved()
  await room.reader.expectReading(seminarParagraphs.join(''))

  // The owner has every link in the Share dialog.
  await room.share.open()
  for (const role of ['editor', 'annotator', 'viewer'] as const) await expect(room.share.link(role)).toHaveValue(new RegExp(`${roomPath}\\?token=`))
})

test('a room opened without a link says so and points home', async ({ page, browser }) => {
  await page.goto('/')
  await page.getByTestId('new-room-title').fill('Somebody else’s room')
  await page.getByTestId('new-room-text').fill('A line to read.')
  await page.getByTestId('new-room-submit').click()
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]+$/)
  const roomPath = new URL(page.url()).pathname

  const stranger = await (await browser.newContext()).newPage()
  await stranger.goto(`${new URL(page.url()).origin}${roomPath}`)
  const problem = stranger.getByTestId('access-problem')
  await expect(problem).toHaveAttribute('data-problem', 'noToken')
  await expect(problem).toContainText('You need a link to open this room — ask its owner')
  await problem.getByRole('link', { name: 'Go to the home page' }).click()
  await expect(stranger.getByTestId('new-room-submit')).toBeVisible()
  await stranger.context().close()
})
