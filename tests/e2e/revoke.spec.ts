import { expect, test } from './fixtures'
import { createRoom, linkIdOf } from './pages/rooms'
import { seminarParagraphs } from './pages/seminarText'

test('the owner revokes the annotator’s link in the Share dialog: the annotator’s room closes with the reason, and the link opens nothing', async ({
  openAsNewPerson,
  request,
  browser,
}) => {
  const { links } = await createRoom(request, { title: 'Library hours', text: seminarParagraphs.join('\n') })
  const owner = await openAsNewPerson(links.owner)
  const annotator = await openAsNewPerson(links.annotator)
  await expect(annotator.roleChip).toHaveText('Annotator')

  await owner.share.open()
  // One active link per role, the ones the room was created with.
  for (const role of ['owner', 'editor', 'annotator', 'viewer'] as const) await expect(owner.share.link(role)).toHaveAttribute('data-link-id', linkIdOf(links[role]))
  await owner.page.screenshot({ path: '.artifacts/screenshots/share-dialog.png' })
  // Copy puts the link on the clipboard.
  await owner.page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await owner.share.dialog.getByTestId('share-copy-viewer').click()
  await expect(owner.share.dialog.getByTestId('share-copy-viewer')).toHaveText('Copied')
  expect(linkIdOf(await owner.page.evaluate(() => navigator.clipboard.readText()))).toBe(linkIdOf(links.viewer))

  const annotatorLink = await owner.share.linkIdOf('annotator')
  await owner.share.revoke(annotatorLink)
  await expect(owner.share.link('annotator')).toHaveCount(0)

  await expect(annotator.accessEnded).toBeVisible()
  await expect(annotator.accessEnded).toContainText('revoked')
  await annotator.status.expectStatus('lost')
  await expect(annotator.status.badge).toHaveText('Connection lost')
  await annotator.page.screenshot({ path: '.artifacts/screenshots/access-ended.png' })
  // The owner stays in.
  await owner.status.expectSaved()

  // A new annotator link works; the revoked one opens nothing.
  await owner.share.dialog.getByTestId('share-new-annotator').click()
  await expect(owner.share.link('annotator')).toHaveValue(/token=/)
  const newLink = await owner.share.link('annotator').inputValue()
  expect(linkIdOf(newLink)).not.toBe(annotatorLink)
  await owner.page.keyboard.press('Escape')
  await expect(owner.share.dialog).toBeHidden()

  const student = await openAsNewPerson(newLink)
  await expect(student.roleChip).toHaveText('Annotator')

  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(links.annotator)
  await expect(page.getByTestId('access-problem')).toHaveAttribute('data-problem', 'revoked')
  await expect(page.getByTestId('access-problem')).toContainText('no longer opens')
  await expect(page.getByTestId('access-problem').getByRole('link', { name: 'Go to the home page' })).toBeVisible()
  await context.close()
})
