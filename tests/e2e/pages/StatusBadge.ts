import { type Locator, type Page, expect } from '@playwright/test'

/** The header's sync status: "Saved" only once the server has committed every local change. */
export class StatusBadge {
  readonly badge: Locator

  constructor(readonly page: Page) {
    this.badge = page.getByTestId('sync-status')
  }

  /** One of connecting | saved | saving | saved-locally | offline | lost. */
  status(): Promise<string | null> {
    return this.badge.getAttribute('data-status')
  }

  async expectSaved(timeout = 15_000): Promise<void> {
    await expect(this.badge).toHaveAttribute('data-status', 'saved', { timeout })
    await expect(this.badge).toHaveText('Saved')
  }

  async expectStatus(status: string | RegExp, timeout = 15_000): Promise<void> {
    await expect(this.badge).toHaveAttribute('data-status', status, { timeout })
  }
}
