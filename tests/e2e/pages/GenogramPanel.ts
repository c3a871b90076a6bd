/**
 * The Genogram region, for the chair (keyboard only: Alt+5, Tab, type-ahead in lists, Space and
 * Enter) and for anyone following (the figure and the tree in words).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface PersonByKeyboard {
  name: string;
  /** The option's words: Male, Female, Not known, Other. */
  sex: string;
  age?: string;
  /** Someone already on the tree, by the words their option shows (their name). */
  relatedTo?: string;
  /** partner, child, parent, brother or sister. */
  as?: string;
  /** For partners: Married, Living together, Separated, Divorced. */
  relationship?: string;
  /** For children: the other parent's name. */
  otherParent?: string;
  subject?: boolean;
  /** Puts them in a new household of this name ("More about this person", "Lives in"). */
  newHousehold?: string;
}

export class GenogramPanel {
  readonly region: Locator;
  readonly addPerson: Locator;
  readonly addPersonForm: Locator;
  readonly people: Locator;
  readonly words: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Genogram', exact: true });
    this.addPersonForm = this.region.getByRole('form', { name: 'Add person' });
    this.addPerson = this.addPersonForm.getByRole('textbox', { name: /^Add person/ });
    this.people = this.region.locator('.genogram-people__list').first().getByRole('listitem');
    this.words = this.region.locator('.genogram__words');
  }

  /** The accessible name of whatever has the keyboard focus. */
  private focusedName(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return '';
      const label = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
      return label.replace(/\s+/g, ' ').trim();
    });
  }

  /** Presses Tab until the focused control's name starts with `name` (at most 12 presses). */
  async tabTo(name: string): Promise<void> {
    for (let i = 0; i < 12; i++) {
      await this.page.keyboard.press('Tab');
      if ((await this.focusedName()).startsWith(name)) return;
    }
    throw new Error(`Tab never reached “${name}” (stopped at “${await this.focusedName()}”)`);
  }

  /** Picks an option of the focused list by typing its first letters, as a keyboard user does. */
  private async choose(label: string): Promise<void> {
    await this.page.keyboard.type(label);
    // Type-ahead forgets what was typed after a second; the next list starts afresh.
    await this.page.waitForTimeout(1100);
  }

  async addPersonByKeyboard(p: PersonByKeyboard): Promise<void> {
    await this.page.keyboard.press('Alt+5');
    await expect(this.addPerson).toBeFocused();
    await this.page.keyboard.type(p.name);
    await this.tabTo('Sex');
    await this.choose(p.sex);
    if (p.age) {
      await this.tabTo('Age or date of birth');
      await this.page.keyboard.type(p.age);
    }
    if (p.relatedTo) {
      await this.tabTo('Related to');
      await this.choose(p.relatedTo);
      await this.tabTo('As their');
      await this.choose(p.as ?? 'child');
      if (p.relationship) {
        await this.tabTo('Relationship');
        await this.choose(p.relationship);
      }
      if (p.otherParent) {
        await this.tabTo('Other parent');
        await this.choose(p.otherParent);
      }
    }
    if (p.subject !== undefined) {
      await this.tabTo('A child this conference is about');
      const box = this.addPersonForm.getByRole('checkbox', { name: 'A child this conference is about' });
      if ((await box.isChecked()) !== p.subject) await this.page.keyboard.press('Space');
    }
    if (p.newHousehold) {
      await this.tabTo('More about this person');
      await this.page.keyboard.press('Enter');
      await this.tabTo('Lives in');
      await this.choose('A new household');
      await this.tabTo('Name of the new household');
      await this.page.keyboard.type(p.newHousehold);
    }
    // Back into the name box (Alt+5 again), where Enter sends the form.
    await this.page.keyboard.press('Alt+5');
    await this.page.keyboard.press('Enter');
    await expect(this.person(p.name)).toBeVisible();
  }

  person(name: string): Locator {
    return this.people.filter({ hasText: name });
  }

  /** The canvas (or its plain drawing while it loads) shows this name. */
  figureShows(name: string): Locator {
    return this.region
      .locator('.genogram__figure')
      .getByText(name, { exact: true })
      .filter({ visible: true })
      .first();
  }
}
