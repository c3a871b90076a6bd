/**
 * The chair at work on the board: capture boxes reached by their shortcuts (keyboard only), the
 * item actions (professionals only, move to another section, delete), undo, the stage stepper,
 * suggestions and the "Here now" list.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { ChairPage } from './ChairPage.ts';

/** Each list region's capture box: its label starts with these words; Alt+key jumps to it. */
export const CAPTURE = {
  Worries: { label: /^Add worry/, key: '1' },
  "What's working well": { label: /^Add strength/, key: '2' },
  'Grey areas': { label: /^Add grey area/, key: '3' },
  "The child's voice": { label: /^Add the child's words/, key: '4' },
} as const;

export type CaptureRegion = keyof typeof CAPTURE;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const STAGES = {
  partOne: 'Professionals meeting',
  sharing: 'Sharing information',
  plan: 'Making the plan',
  decision: 'The decision',
} as const;

export class ChairBoardPage extends ChairPage {
  readonly rail: Locator;
  readonly stages: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly hereNow: Locator;
  readonly suggestions: Locator;

  constructor(page: Page) {
    super(page);
    this.rail = page.getByRole('complementary', { name: "Chair's tools" });
    this.stages = this.rail.getByRole('navigation', { name: 'Stages' });
    this.undoButton = this.rail.getByRole('button', { name: 'Undo', exact: true });
    this.redoButton = this.rail.getByRole('button', { name: 'Redo', exact: true });
    this.hereNow = this.rail.getByRole('region', { name: 'People here' });
    this.suggestions = this.rail.getByRole('region', { name: 'Suggestions' });
  }

  captureBox(region: CaptureRegion): Locator {
    return this.region(region).getByRole('textbox', { name: CAPTURE[region].label });
  }

  /** The "Professionals only" box of a capture box (it stays set between items). */
  captureProfessionalsOnly(region: CaptureRegion): Locator {
    return this.region(region)
      .locator('form')
      .filter({ has: this.page.getByRole('textbox', { name: CAPTURE[region].label }) })
      .getByRole('checkbox', { name: 'Professionals only' });
  }

  stage(label: string): Locator {
    return this.stages.getByRole('button', { name: label, exact: true });
  }

  /** Asked when the chair moves on from the professionals' meeting with professionals-only items. */
  get leavePartOneDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Before the family sees the board' });
  }

  /**
   * Moves to a stage. Leaving the professionals' meeting with professionals-only items asks which
   * to show: `show` names those to tick (by their words); the rest stay hidden.
   */
  async setStage(label: string, show: string[] = []): Promise<void> {
    await this.stage(label).click();
    const current = this.stage(label).and(this.page.locator('[aria-current="step"]'));
    await expect(current.or(this.leavePartOneDialog)).toBeVisible();
    if (await this.leavePartOneDialog.isVisible()) {
      for (const text of show)
        await this.leavePartOneDialog.getByRole('checkbox', { name: new RegExp(escapeRegExp(text)) }).check();
      await this.leavePartOneDialog.getByRole('button', { name: `Move on to ${label}` }).click();
    } else if (show.length > 0) throw new Error('setStage: nothing was asked, so nothing could be shown');
    await expect(this.stage(label)).toHaveAttribute('aria-current', 'step');
  }

  /** Alt+<n> to the region's capture box: it has the keyboard focus. */
  async jumpTo(region: CaptureRegion): Promise<void> {
    await this.page.keyboard.press(`Alt+${CAPTURE[region].key}`);
    await expect(this.captureBox(region)).toBeFocused();
  }

  /**
   * Adds items with the keyboard alone: Alt+<n>, type, Enter, type, Enter… Each lands on the
   * chair's board, and the box is empty and still focused for the next one.
   */
  async addItems(region: CaptureRegion, texts: string[]): Promise<void> {
    await this.jumpTo(region);
    const box = this.captureBox(region);
    for (const text of texts) {
      await this.page.keyboard.type(text);
      await this.page.keyboard.press('Enter');
      // A worry's kind is never assumed: the first time, Enter asks for it and takes the
      // keyboard to "Kind"; the arrow key chooses "Past harm", Enter adds the worry.
      const kind = this.captureKind(region);
      if (region === 'Worries' && (await kind.evaluate((el) => el === document.activeElement))) {
        await expect(
          this.page.getByRole('alert').filter({ hasText: 'What kind of worry is this' }),
        ).toBeVisible();
        await this.page.keyboard.press('ArrowDown');
        await expect(kind).toHaveValue('past-harm');
        await this.page.keyboard.press('Enter');
      }
      await expect(this.item(region, text)).toBeVisible();
      await expect(box).toHaveValue('');
      await expect(box).toBeFocused();
    }
  }

  /** The "Kind" choice under a region's capture box (worries only). */
  captureKind(region: CaptureRegion): Locator {
    return this.region(region).locator('form.capture').getByRole('combobox', { name: 'Kind' });
  }

  async addItem(region: CaptureRegion, text: string): Promise<void> {
    await this.addItems(region, [text]);
  }

  /** An item's own "Professionals only" box (a chip by its Actions button). */
  professionalsOnlyBox(text: string): Locator {
    return this.anyItem(text).getByRole('checkbox', { name: 'Professionals only' });
  }

  /** Ticks the item's "Professionals only" box with the keyboard (focus it, Space). */
  async markProfessionalsOnly(text: string): Promise<void> {
    const box = this.professionalsOnlyBox(text);
    await box.focus();
    await this.page.keyboard.press('Space');
    await this.expectProfessionalsOnly(text, true);
  }

  /** The question asked before a professionals-only item is shown to the family. */
  get showDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Show this to the family?' });
  }

  /** Unticks the item's "Professionals only" box and answers "Show to the family". */
  async showToFamily(text: string): Promise<void> {
    await this.professionalsOnlyBox(text).click();
    await this.showDialog.getByRole('button', { name: 'Show to the family' }).click();
    await expect(this.showDialog).toHaveCount(0);
    await this.expectProfessionalsOnly(text, false);
  }

  /**
   * Whether the chair's item is professionals-only: its box, and its name (a screen reader hears
   * "(professionals only)" after the words; the chip's label is on every item, so it says nothing).
   */
  async expectProfessionalsOnly(text: string, professionalsOnly: boolean): Promise<void> {
    const box = this.professionalsOnlyBox(text);
    if (professionalsOnly) await expect(box).toBeChecked();
    else await expect(box).not.toBeChecked();
    await expect(this.anyItem(text)).toHaveAccessibleName(
      professionalsOnly ? `${text} (professionals only)` : text,
    );
  }

  /** Opens an item's actions panel (the click and keyboard alternative to dragging). */
  async openActions(text: string): Promise<Locator> {
    const item = this.anyItem(text);
    const button = item.getByRole('button', { name: /^Actions for “/ });
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = item.getByRole('group', { name: /^Change “/ });
    await expect(panel).toBeVisible();
    return panel;
  }

  /** Moves an item with the panel's "Move to" list; `heading` is the section's heading. */
  async moveTo(text: string, heading: string): Promise<void> {
    const panel = await this.openActions(text);
    await panel.getByRole('combobox', { name: 'Move to' }).selectOption({ label: heading });
  }

  async deleteItem(text: string): Promise<void> {
    const panel = await this.openActions(text);
    await panel.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(this.anyItem(text)).toHaveCount(0);
  }

  /** Ctrl+Z, with the keyboard focus on the board rather than in a text box. */
  async undoWithKeyboard(): Promise<void> {
    await this.main.focus();
    await this.page.keyboard.press('Control+z');
  }

  suggestion(text: string): Locator {
    return this.suggestions.getByRole('listitem').filter({ hasText: text });
  }

  async acceptSuggestion(text: string): Promise<void> {
    await this.suggestions.getByRole('button', { name: `Accept “${text}”` }).click();
    await expect(this.suggestion(text)).toHaveCount(0);
  }

  /** Someone in the "Here now" list. */
  present(name: string): Locator {
    return this.hereNow.getByRole('listitem').filter({ hasText: name });
  }

  /** "Remove <name>", then the confirmation "Yes, remove <name>". */
  async removePerson(name: string): Promise<void> {
    await this.hereNow.getByRole('button', { name: `Remove ${name}`, exact: true }).click();
    const confirm = this.hereNow.getByRole('group', { name: `Remove ${name}?` });
    await confirm.getByRole('button', { name: `Yes, remove ${name}` }).click();
    await expect(this.present(name)).toHaveCount(0);
  }
}
