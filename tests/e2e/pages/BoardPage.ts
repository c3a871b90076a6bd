/**
 * `/c/:id` once someone is let in: the board's regions, named as CONTRACT.md says. Also the calm
 * full-page messages shown instead of the board when someone is turned away or their link ends.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Regions every admitted person sees (CONTRACT.md "Accessible names in the board"). */
export const BOARD_REGIONS = ['Worries', "What's working well", 'Grey areas', 'Plan'] as const;

export class BoardPage {
  readonly main: Locator;
  /** Capture boxes: CONTRACT.md names each "Add …". */
  readonly addBoxes: Locator;
  readonly closeConference: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.addBoxes = page.getByRole('textbox', { name: /^Add\b/ });
    this.closeConference = page.getByRole('button', { name: 'Close conference' });
  }

  region(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  async expectBoard(): Promise<void> {
    for (const name of BOARD_REGIONS) await expect(this.region(name)).toBeVisible();
  }

  /** A full-page message (refused, removed, link withdrawn): its heading and its explanation. */
  async expectMessage(title: string, explanation: string | RegExp): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(this.main).toContainText(explanation);
    for (const name of BOARD_REGIONS) await expect(this.region(name)).toHaveCount(0);
  }
}
