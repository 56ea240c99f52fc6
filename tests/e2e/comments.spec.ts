import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { createRoom } from './pages/rooms'
import { seminarParagraphs } from './pages/seminarText'

async function rename(page: Page, name: string): Promise<void> {
  await page.getByTestId('identity-button').click()
  await page.getByTestId('identity-name').fill(name)
  await page.getByTestId('identity-save').click()
  await expect(page.getByTestId('identity-dialog')).toBeHidden()
}

test('a comment thread on a node is live for everyone, with authors, replies, edits and resolve', async ({ openAsNewPerson, request }) => {
  const { links } = await createRoom(request, { title: 'Library hours', text: seminarParagraphs.join('\n') })
  const ada = await openAsNewPerson(links.owner)
  const bob = await openAsNewPerson(links.annotator)
  const viewer = await openAsNewPerson(links.viewer)
  await rename(ada.page, 'Ada')
  await rename(bob.page, 'Bob')
  const claim = await ada.createNode('The library should stay open at night.', 'claim')

  // Ada starts a thread; the text stays text.
  await ada.map.node(claim).hover()
  await ada.map.node(claim).getByTestId('node-comments').click()
  await ada.page.getByTestId('comment-input').fill('Is this the main claim? <img src=x onerror=alert(1)>')
  await ada.page.getByTestId('comment-submit').click()
  await expect(ada.page.getByTestId('comment-input')).toHaveValue('')

  // Bob sees the badge and the thread live, with Ada as author, and replies.
  await expect(bob.map.node(claim).getByTestId('comment-badge')).toHaveText('1')
  await bob.map.node(claim).getByTestId('node-comments').click()
  const thread = bob.page.getByTestId('comment-thread')
  await expect(thread.getByTestId('comment-author').first()).toHaveText('Ada')
  await expect(thread.getByTestId('comment-text').first()).toHaveText('Is this the main claim? <img src=x onerror=alert(1)>')
  await expect(bob.page.locator('[data-testid="comment-panel"] img')).toHaveCount(0)
  // Only the author may edit: Bob has no edit button on Ada's comment.
  await expect(thread.getByTestId('comment').first().getByTestId('comment-edit')).toHaveCount(0)
  await thread.getByTestId('comment-reply').click()
  await bob.page.getByTestId('comment-reply-input').fill('Yes — the rest supports it.')
  await bob.page.getByTestId('comment-reply-submit').click()

  const adaThread = ada.page.getByTestId('comment-thread')
  await expect(adaThread.getByTestId('comment-author')).toHaveText(['Ada', 'Bob'])
  await expect(adaThread.getByTestId('comment-text').nth(1)).toHaveText('Yes — the rest supports it.')
  await expect(ada.map.node(claim).getByTestId('comment-badge')).toHaveText('2')

  // Ada edits her own comment; Bob sees the new words.
  await adaThread.getByTestId('comment').first().getByTestId('comment-edit').click()
  await ada.page.getByTestId('comment-edit-input').fill('Is this the main claim of the text?')
  await ada.page.getByTestId('comment-edit-submit').click()
  await expect(thread.getByTestId('comment-text').first()).toHaveText('Is this the main claim of the text?')

  // Bob resolves; Ada sees it resolved and reopens.
  await thread.getByTestId('comment-resolve').click()
  await expect(adaThread).toHaveAttribute('data-resolved', 'true')
  await adaThread.getByTestId('comment-resolve').click()
  await expect(thread).toHaveAttribute('data-resolved', 'false')

  // The viewer reads the thread but has no box to write in.
  await viewer.map.node(claim).getByTestId('node-comments').click()
  await expect(viewer.page.getByTestId('comment-thread')).toHaveCount(1)
  await expect(viewer.page.getByTestId('comment-input')).toHaveCount(0)
})

test('a comment on a highlight shows its count on the passage and opens from it', async ({ openAsNewPerson, request }) => {
  const { links } = await createRoom(request, { title: 'Library hours', text: seminarParagraphs.join('\n') })
  const ada = await openAsNewPerson(links.owner)
  const bob = await openAsNewPerson(links.editor)
  const claim = await ada.createNode('The library should stay open at night.', 'claim')
  await ada.map.node(claim).hover()
  await ada.map.node(claim).getByTestId('node-comments').click()
  await ada.page.getByTestId('comment-tab-passage').click()
  await ada.page.getByTestId('comment-input').fill('Which library?')
  await ada.page.getByTestId('comment-submit').click()

  const badge = bob.reader.text.locator(`.hl-badge[data-node-id="${claim}"]`)
  await expect.poll(() => badge.evaluate((element) => getComputedStyle(element, '::after').content)).toBe('"1"')
  // The badge wraps the passage's last character: a click on that character places the caret, one on the count opens the thread.
  const box = await badge.boundingBox()
  if (!box) throw new Error('the badge has no box')
  await badge.click({ position: { x: 2, y: box.height / 2 } })
  await expect.poll(() => badge.evaluate((element) => element.contains(document.getSelection()?.anchorNode ?? null))).toBe(true)
  await expect(bob.page.getByTestId('comment-thread')).toHaveCount(0)
  await badge.click({ position: { x: box.width - 4, y: box.height / 2 } })
  await expect(bob.page.getByTestId('comment-tab-passage')).toHaveAttribute('aria-selected', 'true')
  await expect(bob.page.getByTestId('comment-text')).toHaveText('Which library?')
})
