/** The waiting room someone with a family, professional or room-screen link sees until let in. */
import { expect, type Locator, type Page } from '@playwright/test';

export class LobbyPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Waiting for the chair to let you in' });
  }

  async expectWaitingAs(name: string): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByRole('main')).toContainText(`You are joining as ${name}.`);
  }
}
