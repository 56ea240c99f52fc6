import { type Locator, type Page, expect } from '@playwright/test'
import { MapPage } from './MapPage'
import { type HighlightKind, ReaderPage } from './ReaderPage'
import { SharePage } from './SharePage'
import { StatusBadge } from './StatusBadge'

/** One open room: reader, map and status badge of a page. */
export class RoomPage {
  readonly reader: ReaderPage
  readonly map: MapPage
  readonly status: StatusBadge
  readonly roleChip: Locator
  readonly readOnlyBanner: Locator
  readonly accessEnded: Locator
  readonly share: SharePage

  constructor(readonly page: Page) {
    this.reader = new ReaderPage(page)
    this.map = new MapPage(page)
    this.status = new StatusBadge(page)
    this.roleChip = page.getByTestId('role-chip')
    this.readOnlyBanner = page.getByTestId('readonly-banner')
    this.accessEnded = page.getByTestId('access-ended')
    this.share = new SharePage(page)
  }

  /** Selects `quote` in the reader, makes it a node of `kind` with the toolbar, and returns the node's id. */
  async createNode(quote: string, kind: HighlightKind): Promise<string> {
    await this.reader.selectText(quote)
    await this.reader.clickKind(kind)
    const node = this.map.nodeWithText(quote)
    await expect(node).toHaveCount(1)
    await expect(node).toHaveAttribute('data-kind', kind)
    return this.map.idOf(node)
  }

  /** Opens a room link (`…/r/<id>?token=…`, absolute or relative to the page's base URL) and waits for Saved. */
  static async open(page: Page, link: string): Promise<RoomPage> {
    const room = new RoomPage(page)
    await page.goto(link)
    await room.status.expectSaved()
    await room.dismissIdentityPrompt()
    return room
  }

  /** A first visit asks for a display name; the specs keep the generated one ("Not now"). */
  async dismissIdentityPrompt(): Promise<void> {
    const prompt = this.page.getByTestId('identity-dialog')
    if (await prompt.isVisible()) {
      // Escape, not a click on "Not now": the mouse would be left over the map and light a node.
      await prompt.getByTestId('identity-name').press('Escape')
      await expect(prompt).toBeHidden()
    }
  }
}
