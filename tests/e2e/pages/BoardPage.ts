/**
 * `/c/:id` once someone is let in: the board's regions, named as CONTRACT.md says. Also the calm
 * full-page messages shown instead of the board when someone is turned away or their link ends,
 * and the tools of people who follow the board (follow the chair; professionals: suggest an item).
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Regions every admitted person sees (CONTRACT.md "Accessible names in the board"). */
export const BOARD_REGIONS = [
  'Worries',
  "What's working well",
  'Grey areas',
  'Genogram',
  'Plan',
  'Contingency plan',
] as const;

/** The class a region carries while the chair is working in it (the "gentle outline"). */
export const FOCUSED = /\bsection--focused\b/;

export class BoardPage {
  readonly main: Locator;
  /** Capture boxes: CONTRACT.md names each "Add …". */
  readonly addBoxes: Locator;
  readonly closeConference: Locator;
  /** The connection status in the header ("Connected", "Offline", …). */
  readonly connection: Locator;
  /** Followers' side panel: "Follow the chair", and for professionals a hand and suggestions. */
  readonly tools: Locator;
  readonly followChair: Locator;
  readonly suggestForm: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.addBoxes = page.getByRole('textbox', { name: /^Add\b/ });
    this.closeConference = page.getByRole('button', { name: 'Close conference' });
    this.connection = page
      .getByRole('status')
      .filter({ hasText: /^(Connecting…|Connected|Reconnecting…|Offline)/ });
    this.tools = page.getByRole('complementary', { name: 'Your tools' });
    this.followChair = this.tools.getByRole('checkbox', { name: 'Follow the chair' });
    this.suggestForm = this.tools.getByRole('form', { name: 'Suggest an item' });
  }

  region(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** An item on the board by its words, within one region. */
  item(region: string, text: string): Locator {
    return this.region(region).getByRole('listitem').filter({ hasText: text });
  }

  /** An item anywhere on the board (not the side panels). */
  anyItem(text: string): Locator {
    return this.main.getByRole('listitem').filter({ hasText: text });
  }

  async expectBoard(): Promise<void> {
    for (const name of BOARD_REGIONS) await expect(this.region(name)).toBeVisible();
  }

  /** The family's and the room's screens while the professionals meet on their own. */
  async expectHolding(timeout?: number): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'The meeting will start soon' }),
    ).toBeVisible({ timeout });
    await expect(this.page.getByRole('region', { name: 'Worries', exact: true })).toHaveCount(0);
  }

  /** The board is drawn from its documents (not just the page around it). */
  async expectReady(timeout?: number): Promise<void> {
    await expect(this.main).toHaveAttribute('data-board-ready', 'true', { timeout });
    await this.expectBoard();
  }

  /** A professional suggests an item for the chair; `section` is the option's words. */
  async suggest(section: string, text: string): Promise<void> {
    const form = this.suggestForm;
    // On a phone the form opens from the bar at the foot of the screen.
    const opener = this.tools.getByRole('button', { name: 'Suggest an item' });
    if (await opener.isVisible()) await opener.click();
    await form.getByRole('combobox', { name: 'Section' }).selectOption({ label: section });
    await form.getByRole('textbox', { name: 'Your suggestion' }).fill(text);
    await form.getByRole('button', { name: 'Send to the chair' }).click();
    await expect(form.getByRole('status')).toContainText('Sent to the chair.');
    await expect(form.getByRole('textbox', { name: 'Your suggestion' })).toHaveValue('');
  }

  /** A full-page message (refused, removed, link withdrawn): its heading and its explanation. */
  async expectMessage(title: string, explanation: string | RegExp): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(this.main).toContainText(explanation);
    for (const name of BOARD_REGIONS) await expect(this.region(name)).toHaveCount(0);
  }
}
