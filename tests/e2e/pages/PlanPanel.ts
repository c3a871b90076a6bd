/**
 * The plan stage and the decision on the board: the chair adds plan rows and contingency plans
 * with the keyboard (Alt+6, Alt+7, Tab, Enter), records who is here, and decides per child;
 * professionals give their views from their own devices; anyone can read the checks.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface PlanRowWords {
  risk: string;
  outcome: string;
  task: string;
  who: string;
  /** Left out: the row has no date yet. */
  when?: string;
  howWeWillKnow: string;
}

export interface AttendeeWords {
  name: string;
  role: string;
  agency: string;
  /** The agency type option's words. */
  agencyType: string;
  /** In the room, Joining remotely, Sent apologies, Not here. */
  attendance: string;
  inDirectContact?: boolean;
}

export class PlanPanel {
  readonly plan: Locator;
  readonly contingency: Locator;
  readonly decision: Locator;
  readonly attendance: Locator;
  readonly checks: Locator;

  constructor(readonly page: Page) {
    this.plan = page.getByRole('region', { name: 'Plan', exact: true });
    this.contingency = page.getByRole('region', { name: 'Contingency plan', exact: true });
    this.decision = page.getByRole('region', { name: 'Decision', exact: true });
    this.attendance = page.getByRole('region', { name: 'Attendance', exact: true });
    this.checks = this.plan.getByRole('group', { name: /Checking the plan/ });
  }

  /** One check by its id (`person-and-date`, …): its words start with "Done:" or "To look at:". */
  check(id: string): Locator {
    return this.checks.locator(`[data-check="${id}"]`);
  }

  async addAttendee(a: AttendeeWords): Promise<void> {
    const form = this.attendance.getByRole('form', { name: 'Add someone' });
    await form.getByRole('textbox', { name: 'Name' }).focus();
    await this.page.keyboard.type(a.name);
    await form.getByRole('textbox', { name: 'Role' }).fill(a.role);
    await form.getByRole('textbox', { name: 'Agency', exact: true }).fill(a.agency);
    await form.getByRole('combobox', { name: 'Agency type' }).selectOption({ label: a.agencyType });
    await form.getByRole('combobox', { name: 'Attendance' }).selectOption({ label: a.attendance });
    if (a.inDirectContact) await form.getByRole('checkbox', { name: /direct contact/ }).check();
    await form.getByRole('textbox', { name: 'Name' }).press('Enter');
    await expect(this.attendance.getByRole('textbox', { name: `Name for ${a.name}` })).toBeVisible();
  }

  /** Alt+6, then the six columns with Tab, then Enter: as a chair types while the family talks. */
  async addRowByKeyboard(row: PlanRowWords): Promise<void> {
    await this.page.keyboard.press('Alt+6');
    await expect(this.plan.getByRole('textbox', { name: /^Add what needs to change/ })).toBeFocused();
    const k = this.page.keyboard;
    await k.type(row.risk);
    for (const words of [row.outcome, row.task, row.who, row.when ?? '', row.howWeWillKnow]) {
      await k.press('Tab');
      if (words) await k.type(words);
    }
    await k.press('Enter');
    await expect(this.rowCard(row.risk)).toBeVisible();
  }

  /** The chair's row of the plan table, found by what needs to change. */
  rowCard(risk: string): Locator {
    return this.plan.getByRole('row', { name: new RegExp(`^Plan row \\d+: ${escape(risk)}`) });
  }

  /** What needs to change, row by row, as the chair's table shows it. */
  async risksInOrder(): Promise<string[]> {
    return this.plan
      .getByRole('textbox', { name: 'What needs to change', exact: true })
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value));
  }

  /** Types into the row's "By when" box and presses Enter (saved on Enter or on leaving the box). */
  async setRowDate(risk: string, when: string): Promise<void> {
    const box = this.rowCard(risk).getByRole('textbox', { name: 'By when' });
    await box.focus();
    await this.page.keyboard.type(when);
    await this.page.keyboard.press('Enter');
  }

  /** Alt+7 to the first child's contingency plan, Tab to the next child's. */
  async writeContingencyPlans(plans: string[]): Promise<void> {
    await this.page.keyboard.press('Alt+7');
    for (const [i, words] of plans.entries()) {
      if (i > 0) await this.page.keyboard.press('Tab');
      await this.page.keyboard.type(words);
    }
  }

  /** A professional gives their view for one child from their own screen. */
  async giveView(child: string, met: boolean, category: string | null): Promise<void> {
    const form = this.decision.getByRole('form', { name: `Your view for ${child}` });
    await form
      .getByRole('group', { name: 'Is the threshold of significant harm met?' })
      .getByRole('radio', { name: met ? 'Yes' : 'No', exact: true })
      .check();
    if (category) await form.getByRole('combobox', { name: 'Category' }).selectOption({ label: category });
    await form.getByRole('button', { name: /Give my view|Change my view/ }).click();
    await expect(form.getByRole('status')).toContainText(/view/);
  }

  /** A professional says, on their own screen, that they dissent from a child's decision. */
  async dissent(child: string, reasons: string): Promise<void> {
    const form = this.decision.getByRole('form', { name: `Your view for ${child}` });
    const question = form.getByRole('group', { name: 'Do you wish to record a dissent from the decision?' });
    await question.getByRole('radio', { name: 'Yes, with reasons' }).check();
    // Without reasons, it is not sent.
    await form.getByRole('button', { name: 'Change my view' }).click();
    await expect(form).toContainText('Give the reasons for the dissent.');
    await form.getByRole('textbox', { name: 'Your reasons' }).fill(reasons);
    await form.getByRole('button', { name: 'Change my view' }).click();
    await expect(form.getByRole('status')).toContainText('has been recorded');
  }

  childDecision(child: string): Locator {
    return this.decision.getByRole('article', { name: `Decision for ${child}` });
  }

  /** "Share the decision with the family" for one child. */
  async share(child: string): Promise<void> {
    await this.childDecision(child)
      .getByRole('button', { name: `Share the decision with the family for ${child}` })
      .click();
  }

  /** The one button that shares every child's decision. */
  async shareAll(): Promise<void> {
    await this.decision
      .getByRole('button', { name: 'Share the decision with the family for every child' })
      .click();
  }

  /** The chair's outcome for a child; a child protection plan takes its category too. */
  async decide(child: string, outcome: string, category: string | null): Promise<void> {
    const box = this.childDecision(child);
    await box.getByRole('combobox', { name: `Outcome for ${child}` }).selectOption({ label: outcome });
    if (category)
      await box.getByRole('combobox', { name: 'Category of the plan' }).selectOption({ label: category });
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
