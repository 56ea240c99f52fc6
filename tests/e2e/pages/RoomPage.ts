import { type Page, expect } from '@playwright/test'
import { MapPage } from './MapPage'
import { type HighlightKind, ReaderPage } from './ReaderPage'
import { StatusBadge } from './StatusBadge'
import { roomPath } from './rooms'

/** One open room: reader, map and status badge of a page. */
export class RoomPage {
  readonly reader: ReaderPage
  readonly map: MapPage
  readonly status: StatusBadge

  constructor(readonly page: Page) {
    this.reader = new ReaderPage(page)
    this.map = new MapPage(page)
    this.status = new StatusBadge(page)
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

  static async open(page: Page, roomId: string): Promise<RoomPage> {
    const room = new RoomPage(page)
    await page.goto(roomPath(roomId))
    await room.status.expectSaved()
    return room
  }
}
