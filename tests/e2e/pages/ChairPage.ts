/** The chair's board: the board itself plus the people waiting to be let in. */
import type { Locator, Page } from '@playwright/test';
import { BoardPage } from './BoardPage.ts';

export class ChairPage extends BoardPage {
  readonly waiting: Locator;

  constructor(page: Page) {
    super(page);
    // The heading carries a count after the words, so the name only starts with them.
    this.waiting = page.getByRole('region', { name: /^People waiting/ });
  }

  /** Someone's entry in the waiting list. */
  waitingEntry(name: string): Locator {
    return this.waiting.getByRole('listitem').filter({ hasText: name });
  }

  async letIn(name: string): Promise<void> {
    await this.waiting.getByRole('button', { name: `Let in ${name}` }).click();
  }

  /** "Not now for <name>", then the confirmation (which ends a family link unless told otherwise). */
  async notNow(name: string, keepLink = false): Promise<void> {
    await this.waiting.getByRole('button', { name: `Not now for ${name}` }).click();
    const confirm = this.waiting.getByRole('group', { name: `Not now for ${name}?` });
    const revoke = confirm.getByRole('checkbox', { name: `Stop ${name}’s link working` });
    if (keepLink) await revoke.uncheck();
    await confirm.getByRole('button', { name: `Yes, not now for ${name}` }).click();
  }
}
