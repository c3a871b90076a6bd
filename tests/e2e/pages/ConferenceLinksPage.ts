/** `/admin/conferences/:id`: one conference's details, its links (create, copy, withdraw) and the board. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { LinkRole } from '@cb/shared/protocol';

export interface NewLink {
  role: LinkRole;
  label: string;
  /** UK wall-clock time as a date-and-time field takes it, e.g. `2027-03-04T17:00`. */
  stopsWorkingAt?: string;
}

export class ConferenceLinksPage {
  readonly links: Locator;
  readonly details: Locator;
  readonly createLinkForm: Locator;
  readonly copyLinkButton: Locator;
  /** What the copy button says it did ("Copied.", or how to copy by hand). */
  readonly copyStatus: Locator;
  readonly openBoard: Locator;

  constructor(readonly page: Page) {
    this.links = page.getByRole('region', { name: 'Links' });
    this.details = page.getByRole('region', { name: 'Details' });
    this.createLinkForm = page.getByRole('form', { name: 'Create a link' });
    this.copyLinkButton = this.createLinkForm.getByRole('button', { name: 'Copy link' });
    // The whole "new link" box is a status too; the copy button's own status is the one that is only this.
    this.copyStatus = this.createLinkForm
      .getByRole('status')
      .filter({ hasText: /^(Copied\.|The text is selected.*)$/ });
    this.openBoard = page.getByRole('link', { name: 'Open the board' });
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  async expectLoaded(title: string): Promise<void> {
    await expect(this.heading(title)).toBeVisible();
    await expect(this.links).toBeVisible();
  }

  /** The id in the address, `/admin/conferences/<id>`. */
  conferenceId(): string {
    const id = /\/admin\/conferences\/([^/?#]+)/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`Not on a conference page: ${this.page.url()}`);
    return id;
  }

  /** The box that shows a new link (once), named after who it is for. */
  copyField(label: string): Locator {
    return this.createLinkForm.getByRole('textbox', { name: `Link for ${label}` });
  }

  /** Creates a link and returns its address, read from the copy box. */
  async createLink(link: NewLink): Promise<string> {
    const form = this.createLinkForm;
    // The option's value is the role code; its visible text describes what the role may do.
    await form.getByRole('combobox', { name: 'Who is it for?' }).selectOption(link.role);
    await form.getByRole('textbox', { name: 'Label', exact: true }).fill(link.label);
    if (link.stopsWorkingAt) await form.getByLabel(/^Stops working at/).fill(link.stopsWorkingAt);
    await form.getByRole('button', { name: 'Create link' }).click();
    const field = this.copyField(link.label);
    await expect(field).toHaveValue(/\/join\/[A-Za-z0-9_-]{20,}$/);
    return field.inputValue();
  }

  /** A link's entry in the list, found by its label. */
  linkRow(label: string): Locator {
    return this.links.getByRole('listitem').filter({ has: this.page.getByText(label, { exact: true }) });
  }

  /** Withdraws a link, confirming when asked. */
  async withdraw(label: string): Promise<void> {
    await this.links.getByRole('button', { name: `Withdraw the link for ${label}` }).click();
    const confirm = this.links.getByRole('group', { name: `Withdraw the link for ${label}?` });
    await confirm.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: `The link for ${label} has been withdrawn.` }),
    ).toBeAttached();
  }
}
