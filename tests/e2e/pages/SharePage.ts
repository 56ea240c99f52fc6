import { type Locator, type Page, expect } from '@playwright/test'
import type { Role } from './rooms'

/** The owner's Share dialog: each role's links, copy, revoke, new link. */
export class SharePage {
  readonly button: Locator
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.button = page.getByTestId('share-button')
    this.dialog = page.getByTestId('share-dialog')
  }

  async open(): Promise<void> {
    await this.button.click()
    await expect(this.dialog).toBeVisible()
    await expect(this.link('owner')).toBeVisible()
  }

  /** The role's newest active link field. */
  link(role: Role): Locator {
    return this.dialog.getByTestId(`share-link-${role}`)
  }

  async linkIdOf(role: Role): Promise<string> {
    const id = await this.link(role).getAttribute('data-link-id')
    expect(id).toBeTruthy()
    return id!
  }

  /** Revokes a link with its Revoke button and the confirmation that follows. */
  async revoke(linkId: string): Promise<void> {
    await this.dialog.getByTestId(`share-revoke-${linkId}`).click()
    await this.dialog.getByTestId(`share-revoke-confirm-${linkId}`).click()
    await expect(this.dialog.locator(`[data-link-id="${linkId}"]`)).toHaveCount(0)
  }
}
