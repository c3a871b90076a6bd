/** `/admin`: the conferences list, the "New conference" form and (admins) the staff accounts. */
import { expect, type Locator, type Page } from '@playwright/test';

export interface NewConference {
  title: string;
  /** UK wall-clock time as a date-and-time field takes it, e.g. `2027-03-04T10:00`. */
  scheduledAt: string;
  place?: string;
  children: { name: string; dateOfBirth: string }[];
  /** Leave out to chair it yourself. */
  chairEmail?: string;
  /** `YYYY-MM-DD`: the strategy discussion it was convened from. */
  strategyDiscussionOn?: string;
  reason?: string;
}

export class AdminConferencesPage {
  readonly heading: Locator;
  readonly conferences: Locator;
  readonly newConferenceForm: Locator;
  readonly staffAccounts: Locator;
  readonly addStaffForm: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Conferences' });
    this.conferences = page.getByRole('table', { name: 'Conferences, soonest first' });
    this.newConferenceForm = page.getByRole('form', { name: 'New conference' });
    this.staffAccounts = page.getByRole('table', { name: 'Staff accounts' });
    this.addStaffForm = page.getByRole('form', { name: 'Add a staff account' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/admin');
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.conferences).toBeVisible();
  }

  /** Adds a chair's staff account; returns the one-time password shown (once) to pass on. */
  async addChairAccount(name: string, email: string): Promise<string> {
    const form = this.addStaffForm;
    await form.getByRole('textbox', { name: 'Name' }).fill(name);
    await form.getByRole('textbox', { name: 'Email' }).fill(email);
    await form.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Chair' });
    await form.getByRole('button', { name: 'Add account' }).click();
    const secret = form.getByRole('textbox', { name: `One-time password for ${name}` });
    await expect(secret).toHaveValue(/\S{8,}/);
    await expect(this.staffAccounts.getByRole('row').filter({ hasText: email })).toContainText('Chair');
    return secret.inputValue();
  }

  async createConference(conference: NewConference): Promise<void> {
    const form = this.newConferenceForm;
    await form
      .getByRole('combobox', { name: 'Type of conference' })
      .selectOption({ label: 'Initial conference' });
    await form.getByRole('textbox', { name: /^Title/ }).fill(conference.title);
    await form.getByLabel('Date and time (UK time)').fill(conference.scheduledAt);
    if (conference.strategyDiscussionOn) {
      await form.getByLabel(/^Date of the strategy discussion/).fill(conference.strategyDiscussionOn);
    }
    if (conference.reason) {
      await form
        .getByRole('textbox', { name: /^Why the conference is being convened/ })
        .fill(conference.reason);
    }
    if (conference.place) await form.getByRole('textbox', { name: /^Place/ }).fill(conference.place);
    for (const [index, child] of conference.children.entries()) {
      if (index > 0) await form.getByRole('button', { name: 'Add another child' }).click();
      await form.getByRole('textbox', { name: `Child ${index + 1}: name` }).fill(child.name);
      await form.getByLabel(`Child ${index + 1}: date of birth`).fill(child.dateOfBirth);
    }
    if (conference.chairEmail) {
      await form.getByRole('textbox', { name: /^Chair's email/ }).fill(conference.chairEmail);
    }
    await form.getByRole('button', { name: 'Create conference' }).click();
    await expect(form.getByRole('status')).toContainText(`${conference.title} has been created.`);
  }

  /** The conference's row in the list (its title is the row header and a link). */
  row(title: string): Locator {
    return this.conferences.getByRole('row').filter({ has: this.page.getByRole('link', { name: title }) });
  }

  async openConference(title: string): Promise<void> {
    await this.conferences.getByRole('link', { name: title }).click();
  }
}
