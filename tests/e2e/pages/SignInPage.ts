/** `/signin`: staff sign in with email and password. */
import { expect, type Locator, type Page } from '@playwright/test';

export class SignInPage {
  readonly heading: Locator;
  readonly skipLink: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  /** The form's error message (an alert, so a screen reader announces it). */
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sign in' });
    this.skipLink = page.getByRole('link', { name: 'Skip to main content' });
    this.email = page.getByRole('textbox', { name: 'Email' });
    // A password box has no ARIA role; its label is how a screen reader names it.
    this.password = page.getByLabel('Password');
    this.submit = page.getByRole('button', { name: 'Sign in' });
    this.error = page.getByRole('alert');
  }

  async goto(): Promise<void> {
    await this.page.goto('/signin');
    await expect(this.heading).toBeVisible();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** The same, with the keyboard alone: Tab past the skip link, type, Tab, type, Enter. */
  async signInWithKeyboard(email: string, password: string): Promise<void> {
    const keyboard = this.page.keyboard;
    await keyboard.press('Tab');
    await expect(this.skipLink).toBeFocused();
    await keyboard.press('Tab');
    await expect(this.email).toBeFocused();
    await keyboard.type(email);
    await keyboard.press('Tab');
    await expect(this.password).toBeFocused();
    await keyboard.type(password);
    await keyboard.press('Enter');
  }
}
