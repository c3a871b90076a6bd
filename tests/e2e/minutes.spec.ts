/**
 * From the board to the minutes: the chair writes, moves on a stage (a snapshot), writes more and
 * closes the conference; the family's board turns read-only; the plan is ready at once; an admin
 * exports the minutes from the conference's page and scrubs back to the board as it was before
 * the last worry. All names and words are fictional.
 */
import fs from 'node:fs';
import { STAGES } from './pages/ChairBoardPage.ts';
import { PlanPanel } from './pages/PlanPanel.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { letInGuest, openConference } from './support/conference.ts';
import { expect, test } from './support/fixtures.ts';
import { saveScreen } from './support/screens.ts';

const ARRIVES = { timeout: 15_000 };
const FAMILY = { role: 'family', name: 'Chloe Marlow', label: 'Chloe (mother)' } as const;
const EARLY = 'Police were called to the flat twice in three months.';
const LATER = 'Ben missed his two-year health check.';

test('the chair closes the board; an admin exports the minutes and scrubs back through its history', async ({
  newPerson,
}) => {
  test.setTimeout(180_000);
  const open = await openConference(newPerson);
  const { chair, conference } = open;
  const family = await letInGuest(newPerson, open, FAMILY);

  await test.step('a worry, a new stage (a snapshot is taken), then another worry', async () => {
    await chair.setStage(STAGES.sharing);
    await chair.addItem('Worries', EARLY);
    // Stored before it is broadcast: once the family has it, the next snapshot has it too.
    await expect(family.item('Worries', EARLY)).toBeVisible(ARRIVES);
    await chair.setStage(STAGES.plan);
    await chair.addItem('Worries', LATER);
    await expect(family.item('Worries', LATER)).toBeVisible(ARRIVES);
  });

  await test.step('the chair records an outcome for Ada and does not share it: the family’s screen does not say it', async () => {
    await chair.setStage(STAGES.decision);
    await new PlanPanel(chair.page).decide('Ada Marlow', 'Child in need plan', null);
    await expect(new PlanPanel(family.page).childDecision('Ada Marlow')).toContainText(
      'The conference is deciding.',
      ARRIVES,
    );
    await expect(family.page.getByText('child in need plan')).toHaveCount(0);
  });

  await test.step('the chair closes the conference: the plan is ready, the board is read-only', async () => {
    const rail = chair.page.getByRole('complementary', { name: "Chair's tools" });
    await rail.getByRole('button', { name: 'Close conference' }).click();
    // Closing makes the decision final: the chair is told it will be shared.
    await expect(rail).toContainText(
      'The decision for Ada Marlow has not been shared with the family yet. Closing shares it',
    );
    await rail.getByRole('button', { name: 'Close it now' }).click();
    await expect(rail.getByText('The plan is ready to send.')).toBeVisible();
    await expect(rail.getByRole('link', { name: 'The plan (PDF)' })).toBeVisible();
    await expect(family.page.getByText(/closed/i).first()).toBeVisible(ARRIVES);
  });

  await test.step("the family's screen says the meeting has ended, the outcome, and how the plan will come", async () => {
    const end = family.page.getByRole('region', { name: 'The meeting has ended' });
    await expect(end).toBeVisible(ARRIVES);
    await expect(end).toContainText('Ada Marlow will have a child in need plan:');
    await expect(end).toContainText('No decision was recorded for Ben Marlow on this board.');
    await expect(end.getByRole('heading', { name: 'How you will get the plan' })).toBeVisible();
    await expect(end).toContainText(
      /The written record of this meeting \(the minutes\) will be sent by \w+day \d+ \w+/,
    );
    await expect(end).toContainText('ask your social worker');
    await expectNoAxeViolations(family.page, "the family's screen after the conference closed");
  });

  const admin = chair.page;
  await test.step('the admin page lists snapshots and exports the minutes', async () => {
    await admin.goto(`/admin/conferences/${conference.id}`);
    const exports = admin.getByRole('region', { name: 'Minutes and the plan' });
    await expect(exports).toBeVisible();
    const [pdf] = await Promise.all([
      admin.waitForEvent('download'),
      exports.getByRole('button', { name: 'PDF: the minutes, for professionals' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/minutes\.pdf$/);
    const pdfPath = await pdf.path();
    expect(fs.readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    await expect(exports.getByRole('status')).toContainText('has been downloaded');
    const [word] = await Promise.all([
      admin.waitForEvent('download'),
      exports.getByRole('button', { name: 'Word: the minutes, family copy' }).click(),
    ]);
    expect(word.suggestedFilename()).toMatch(/minutes-family-copy\.docx$/);
    const [json] = await Promise.all([
      admin.waitForEvent('download'),
      exports.getByRole('button', { name: 'Data (JSON): the minutes, for professionals' }).click(),
    ]);
    const minutes = JSON.parse(fs.readFileSync(await json.path(), 'utf8')) as {
      worries: { text: string }[];
      conference: { closedAt: string | null };
    };
    expect(minutes.worries.map((w) => w.text)).toEqual(expect.arrayContaining([EARLY, LATER]));
    expect(minutes.conference.closedAt).not.toBeNull();
  });

  await test.step('the scrubber shows the board before the last worry, then at close', async () => {
    const history = admin.getByRole('region', { name: 'History' });
    const scrubber = history.getByRole('slider');
    await expect(scrubber).toBeVisible();
    const board = history.locator('.snapshot-board');
    await expect(board).toContainText(LATER);
    await scrubber.focus();
    await admin.keyboard.press('Home');
    await expect(history).toContainText('Snapshot 1 of');
    // The first snapshot is the empty board at "Sharing information"; step on to the one taken
    // when the chair moved to the plan, after the first worry and before the second.
    await expect(board).toBeVisible();
    for (let n = 2; n <= 6 && !(await board.textContent())?.includes(EARLY); n++) {
      await admin.keyboard.press('ArrowRight');
      await expect(history).toContainText(`Snapshot ${n} of`);
      await expect(board).toBeVisible();
    }
    await expect(board).toContainText(EARLY);
    await expect(board).not.toContainText(LATER);
    await admin.keyboard.press('End');
    await expect(board).toContainText(LATER);
    // The audit log is read when the page opens: after a reload it lists the exports just made.
    await admin.reload();
    const audit = admin.getByRole('region', { name: 'Audit log' });
    await expect(audit).toContainText('Exported');
    await expect(audit).toContainText('Conference closed');
    await expect(history.getByRole('slider')).toBeVisible();
    await expectNoAxeViolations(admin, 'the conference admin page with exports and history');
    await saveScreen(admin, '50-admin-history');
  });
});
