/**
 * Between conferences: a conference has made a child protection plan and closed; the chair (here
 * the e2e admin, as the lead social worker would) opens core group 1 from the conference's page,
 * records progress on a row by keyboard, agrees the next core group, and closes; the admin's list
 * shows the next core group due, and the core group minutes export with the progress. Fictional.
 */
import fs from 'node:fs';
import type { Conference } from '@cb/shared/api';
import { setOutcome } from '@cb/shared/doc/decisionDoc';
import { addPlanRow, readPlan } from '@cb/shared/doc/plan';
import type { Minutes } from '@cb/shared/minutes/types';
import { ChairBoardPage } from './pages/ChairBoardPage.ts';
import { PlanPanel } from './pages/PlanPanel.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { openConference } from './support/conference.ts';
import { E2E_BASE_URL } from './support/env.ts';
import { expect, test } from './support/fixtures.ts';
import { saveScreen } from './support/screens.ts';
import { chairDocs } from './support/seedBoard.ts';

const ROW = 'Ada and Ben hear adults shouting at night.';
const NEXT_AT = '2027-01-19T10:00';

test('the chair opens core group 1 from the conference, records progress by keyboard and closes it', async ({
  newPerson,
}) => {
  test.setTimeout(180_000);
  const { conference, chair } = await openConference(newPerson);
  const page = chair.page;

  await test.step('the conference makes a child protection plan and closes', async () => {
    const docs = await chairDocs(page, conference);
    addPlanRow(docs.publicDoc, {
      id: 'row-shouting',
      createdAt: new Date().toISOString(),
      risk: ROW,
      outcome: 'Ada and Ben sleep through the night and feel safe.',
      task: 'Parenting course',
      byWhom: 'Chloe',
      byWhen: '2027-01-15',
    });
    for (const child of conference.children) {
      setOutcome(docs.publicDoc, docs.restrictedDoc, child.id, {
        outcome: 'child-protection-plan',
        category: 'emotional',
      });
    }
    await expect.poll(() => readPlan(docs.publicDoc).length).toBe(1);
    await new PlanPanel(page).plan.getByText(ROW).first().waitFor();
    docs.close();
    const closed = await page.request.post(`/api/conferences/${conference.id}/close`, {
      data: {},
      headers: { Origin: E2E_BASE_URL },
    });
    expect(closed.ok()).toBe(true);
  });

  let core: Conference | null = null;
  await test.step('the chair opens core group 1 from the conference’s page', async () => {
    await page.goto(`/admin/conferences/${conference.id}`);
    const open = page.getByRole('form', { name: 'Open a core group' });
    await expect(page.getByRole('region', { name: 'The first core group' })).toContainText(
      'rule: The first core group meets within 10 working days of an initial conference',
    );
    await open.getByLabel('Date and time (UK time)').fill('2026-12-15T10:00');
    await open.getByRole('button', { name: 'Open the core group' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Core group 1 for Ada and Ben');
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    core = (await (await page.request.get(`/api/conferences/${id}`)).json()) as Conference;
    expect(core.kind).toBe('core-group');
  });

  await test.step('on the board: progress on the row by keyboard, and the next core group agreed', async () => {
    if (!core) throw new Error('the core group was opened');
    await page.goto(`/c/${core.id}`);
    const board = new ChairBoardPage(page);
    await board.expectReady();
    const { plan } = new PlanPanel(page);
    await expect(plan.getByRole('row', { name: `Plan row 1: ${ROW}` })).toBeVisible();
    const more = plan.locator('summary', { hasText: 'More' }).first();
    await more.focus();
    await page.keyboard.press('Enter');
    const status = plan.getByRole('combobox', { name: /^How it is going.*shouting at night/ });
    await status.focus();
    // Down past "Done" to "On track" (each choice saved before the next), then the note and who
    // said it, leaving each box by Tab.
    await page.keyboard.press('ArrowDown');
    await expect(status).toHaveValue('done');
    await page.keyboard.press('ArrowDown');
    await expect(status).toHaveValue('on-track');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Two sessions of the course done; quieter at night.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Chloe Marlow');
    await page.keyboard.press('Tab');
    await expectNoAxeViolations(page, 'the core group board with progress on a row');
    await saveScreen(page, 'core-group-progress');

    const next = page.getByRole('region', { name: 'Decision' });
    await expect(next).toContainText('Next core group meeting');
    await expect(next).toContainText('Rule: Core groups then meet every 6 weeks.');
    const agreed = page.getByLabel('Agreed date and time: Next core group meeting');
    await agreed.fill(NEXT_AT);
    await agreed.press('Enter');
    await expect(page.getByText(/^Agreed: /).first()).toBeVisible();
    const rail = page.getByRole('complementary', { name: "Chair's tools" });
    await rail.getByRole('button', { name: 'Close conference' }).click();
    await rail.getByRole('button', { name: 'Close it now' }).click();
    await expect(rail.getByText('The plan is ready to send.')).toBeVisible();
  });

  await test.step('the admin sees the next core group due and exports the core group minutes', async () => {
    if (!core) throw new Error('the core group was opened');
    await page.goto('/admin');
    // Found by its link: core group titles repeat across runs (the same fictional children).
    const row = page
      .getByRole('row')
      .filter({ has: page.locator(`a[href="/admin/conferences/${core.id}"]`) });
    await expect(row).toContainText('Core group');
    await expect(row).toContainText('Next core group:');
    await expect(row).toContainText('Rule: 6 weeks after');
    await page.goto(`/admin/conferences/${core.id}`);
    // One of each panel (two keyed alike once left stale copies behind).
    await expect(page.getByRole('heading', { name: 'Reports', exact: true, level: 2 })).toHaveCount(1);
    await expect(
      page.getByRole('status').filter({ hasText: 'The GP always receives the core group minutes' }),
    ).toBeVisible();
    const exports = page.getByRole('region', { name: 'Minutes and the plan' });
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('button', { name: 'Data (JSON): the minutes, for professionals' }).click(),
    ]);
    const minutes = JSON.parse(fs.readFileSync(await json.path(), 'utf8')) as Minutes;
    expect(minutes.conference.kind).toBe('core-group');
    expect(minutes.meetings.nextCoreGroupAt).toBe(NEXT_AT);
    expect(minutes.plan[0]?.progress).toEqual([
      expect.objectContaining({
        status: 'on-track',
        note: 'Two sessions of the course done; quieter at night.',
        saidBy: 'Chloe Marlow',
      }),
    ]);
    await expectNoAxeViolations(page, 'the closed core group’s page');
    await saveScreen(page, 'admin-core-group-closed');
  });
});
