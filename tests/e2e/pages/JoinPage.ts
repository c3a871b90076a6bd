/** `/join/:token`: the plain server page where someone with a link gives their name. */
import { expect, type Locator, type Page } from '@playwright/test';

export class JoinPage {
  readonly name: Locator;
  readonly joinButton: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByRole('textbox', { name: 'Your name' });
    this.joinButton = page.getByRole('button', { name: 'Join' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.name).toBeVisible();
  }

  async join(name: string): Promise<void> {
    await this.name.fill(name);
    await this.joinButton.click();
  }

  /** The same with the keyboard alone: the name box is the first stop. */
  async joinWithKeyboard(name: string): Promise<void> {
    await this.page.keyboard.press('Tab');
    await expect(this.name).toBeFocused();
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Enter');
  }
}
