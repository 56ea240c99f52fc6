import { readFile } from 'node:fs/promises'
import type { Download, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { RoomPage } from './pages/RoomPage'
import { sampleOwnerLink } from './pages/rooms'

/** Clicks an item of the map toolbar's Export menu and returns the file it downloads. */
async function exportThrough(page: Page, item: string): Promise<{ download: Download; body: Buffer }> {
  const menu = page.getByTestId('export-menu')
  if (!(await menu.isVisible())) await page.getByTestId('export-button').click()
  const [download] = await Promise.all([page.waitForEvent('download'), menu.getByTestId(item).click()])
  const path = await download.path()
  await expect(page.getByTestId('export-error')).toHaveCount(0)
  return { download, body: await readFile(path) }
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

test('the whole sample map exports as PNG 2×, SVG and PDF from the map toolbar', async ({ page }) => {
  const room = await RoomPage.open(page, sampleOwnerLink())
  await expect(room.map.nodes).toHaveCount(8)
  const texts = await room.map.view.locator('.node-text').allTextContents()

  await page.getByTestId('export-button').click()
  await expect(page.getByTestId('export-title')).toHaveValue('A ray of hope in US-Russia relations?')
  await expect(page.getByTestId('export-legend')).toBeChecked()

  const svg = await exportThrough(page, 'export-svg')
  expect(svg.download.suggestedFilename()).toBe('A ray of hope in US-Russia relations.svg')
  const source = svg.body.toString('utf8')
  expect(source).not.toMatch(/<script|foreignObject/i)
  // Node texts are wrapped into lines (one tspan each): read them back joined, in the page's XML parser.
  const exported = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml')
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
      nodes: [...doc.querySelectorAll('g.node')].map((group) => [...group.querySelectorAll('text')[1]!.querySelectorAll('tspan')].map((span) => span.textContent).join(' ')),
    }
  }, source)
  expect(exported.error).toBeNull()
  const squash = (text: string) => text.replace(/\s+/g, '')
  expect(exported.nodes.map(squash).sort()).toEqual(texts.map(squash).sort())

  const png = await exportThrough(page, 'export-png-2')
  expect(png.download.suggestedFilename()).toBe('A ray of hope in US-Russia relations.png')
  expect(pngSize(png.body)).toEqual({ width: exported.width * 2, height: exported.height * 2 })

  const pdf = await exportThrough(page, 'export-pdf')
  expect(pdf.download.suggestedFilename()).toBe('A ray of hope in US-Russia relations.pdf')
  expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-')
})
