/**
 * Before, during and after the meeting: a conference booked from a strategy discussion 16 working
 * days earlier is flagged as booked late; a report is expected, and the chair sees it missing on
 * the board and marks it received; the chair records how the child took part and someone asked to
 * leave; once closed, the family's letter downloads (without the professionals' record), the
 * JSON minutes carry it all, and the admin records the plan as sent, which the list then shows.
 * All names and words are fictional.
 */
import fs from 'node:fs';
import { addDays, addWorkingDays, isWorkingDay } from '@cb/shared/workingDays';
import { AdminConferencesPage } from './pages/AdminConferencesPage.ts';
import { ChairBoardPage } from './pages/ChairBoardPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { dateTimeInDays, runTag } from './support/dates.ts';
import { E2E_ADMIN } from './support/env.ts';
import { expect, test } from './support/fixtures.ts';
import { saveScreen, SCREENSHOT_DIR } from './support/screens.ts';

const INVITED = [
  {
    name: 'Nadia Okafor',
    job: 'Health visitor',
    kind: 'Health',
    agency: 'Fictional Health',
    email: 'nadia@example.test',
  },
  {
    name: 'Tom Reeve',
    job: 'Designated safeguarding lead',
    kind: 'Education',
    agency: 'Riverside Primary School',
    email: '',
  },
  { name: 'PC Sam Hollis', job: 'Police officer', kind: 'Police', agency: 'Fictional Police', email: '' },
  { name: 'Chloe Marlow', job: 'Mother', kind: 'Family', agency: '', email: 'chloe@example.test' },
  { name: 'Fay Marlow', job: 'Grandmother', kind: 'Family', agency: '', email: '' },
];
const WORRY = 'Ada has a bruise on her arm she would not explain.';
const DANGER = 'We are worried Ada could be hurt again if nobody checks on her.';
const GOAL = 'Ada is safe and can tell an adult when she is worried.';

/** The working day `n` working days before `date`. */
function workingDaysBefore(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  for (;;) {
    d.setUTCDate(d.getUTCDate() - 1);
    const day = d.toISOString().slice(0, 10);
    if (addWorkingDays(day, n) === date) return day;
    if (addWorkingDays(day, n) < date) throw new Error(`no working day ${n} before ${date}`);
  }
}

test('an admin books a conference late and is told; after it closes, the letter downloads and the plan is recorded as sent', async ({
  newPerson,
}) => {
  test.setTimeout(180_000);
  const run = runTag();
  const title = `Conference for Ada Marlow (fictional ${run})`;
  // A working day three weeks ahead, and a strategy discussion 16 working days before it.
  let held = dateTimeInDays(21, '10:00').slice(0, 10);
  while (!isWorkingDay(held)) held = addDays(held, 1);
  const scheduledAt = `${held}T10:00`;
  const strategy = workingDaysBefore(held, 16);
  const CORE_GROUP_AT = `${addWorkingDays(held, 8)}T14:00`;

  const page = await newPerson('admin');
  const admin = new AdminConferencesPage(page);
  await test.step('the admin books it from the strategy discussion and sees it flagged', async () => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(E2E_ADMIN.email, E2E_ADMIN.password);
    await admin.expectLoaded();
    const form = admin.newConferenceForm;
    await form.getByLabel(/^Date of the strategy discussion/).fill(strategy);
    await form.getByLabel('Date and time (UK time)').fill(scheduledAt);
    // The form says when it is due, and that the date chosen is after it, before it is sent.
    await expect(form).toContainText('The date chosen is after that: it will be flagged as booked late.');
    await admin.createConference({
      title,
      scheduledAt,
      strategyDiscussionOn: strategy,
      reason: 'The school saw bruising on Ada’s arm (fictional).',
      children: [{ name: 'Ada Marlow', dateOfBirth: '2019-04-12' }],
    });
    await expect(form.getByRole('status')).toContainText('It is booked after the date it was due');
    await expect(admin.row(title)).toContainText('Booked late');
    await expect(admin.row(title)).toContainText('booked after that');
    await expect(page.getByRole('region', { name: 'Local procedures' })).toContainText(
      'An initial conference is held within 15 working days of the strategy discussion',
    );
    await expectNoAxeViolations(page, 'the conferences page with a conference booked late');
    await saveScreen(page, 'admin-booked-late');
  });

  await test.step('the chair (the admin) records how Ada took part and who left for part of it, then closes', async () => {
    await admin.openConference(title);
    await expect(page.getByRole('region', { name: 'Details' })).toContainText('Booked late');
    // Five people invited at once, a link each.
    const invite = page.getByRole('form', { name: 'Invite people' });
    for (const [i, p] of INVITED.entries()) {
      if (i > 0) await invite.getByRole('button', { name: 'Add another person' }).click();
      const n = i + 1;
      await invite.getByRole('textbox', { name: `Name, person ${n}` }).fill(p.name);
      await invite.getByRole('textbox', { name: `Job or relationship, person ${n}` }).fill(p.job);
      await invite.getByRole('combobox', { name: `Kind, person ${n}` }).selectOption({ label: p.kind });
      if (p.agency) await invite.getByRole('textbox', { name: `Agency, person ${n}` }).fill(p.agency);
      if (p.email)
        await invite.getByRole('textbox', { name: `Email, person ${n}`, exact: true }).fill(p.email);
    }
    await invite.getByRole('button', { name: 'Make their links' }).click();
    const newLinks = page.getByRole('region', { name: 'New links' });
    await expect(newLinks).toContainText('5 links have been made.');
    await expect(newLinks.getByRole('button', { name: 'Copy link' })).toHaveCount(5);
    await expect(newLinks.getByRole('link', { name: 'Email it to Nadia Okafor' })).toHaveAttribute(
      'href',
      /^mailto:nadia%40example\.test\?/,
    );
    await expectNoAxeViolations(page, 'the conference page after inviting five people');
    await saveScreen(page, 'admin-invited-five');
    // Nadia's email went astray: one click sends her a new link, and the old one stops working.
    const linksPanel = page.getByRole('region', { name: 'Links', exact: true });
    const nadiaLabel = 'Nadia Okafor (Health visitor, Fictional Health)';
    await linksPanel.getByRole('button', { name: `Send a new link to ${nadiaLabel}` }).click();
    const fresh = linksPanel.getByRole('region', { name: 'New link', exact: true });
    await expect(fresh).toContainText('A new link for Nadia Okafor has been made and the old one withdrawn.');
    await expect(fresh.getByRole('link', { name: 'Email it to Nadia Okafor' })).toHaveAttribute(
      'href',
      /^mailto:nadia%40example\.test\?/,
    );
    const hers = linksPanel.getByRole('listitem').filter({ hasText: nadiaLabel });
    await expect(hers).toHaveCount(2);
    await expect(hers.filter({ hasText: /· Withdrawn/ })).toHaveCount(1);
    const reports = page.getByRole('region', { name: 'Reports' });
    // Each invited agency is expected to report; the admin adds the GP, who was not invited.
    await expect(reports.getByRole('status').first()).toHaveText(
      '3 of 3 reports have not come yet: Fictional Health, Riverside Primary School, Fictional Police.',
    );
    const expecting = reports.getByRole('form', { name: 'Expect a report' });
    await expecting.getByRole('textbox', { name: 'Agency' }).fill('Fictional Surgery');
    await expecting.getByRole('button', { name: 'Expect a report' }).click();
    await expect(reports.getByRole('status').first()).toHaveText(
      '4 of 4 reports have not come yet: Fictional Health, Riverside Primary School, Fictional Police, Fictional Surgery.',
    );
    await expectNoAxeViolations(page, 'the conference page with a report expected');
    await page.getByRole('link', { name: 'Open the board' }).click();
    const chair = new ChairBoardPage(page);
    await chair.expectReady();
    // The attendance fills in from the invitations: names, jobs and agencies.
    const here = page.getByRole('region', { name: 'Attendance' });
    await here.getByRole('button', { name: 'Fill in from the links and who joined' }).click();
    await expect(here.getByRole('textbox', { name: 'Agency for Nadia Okafor' })).toHaveValue(
      'Fictional Health',
    );
    await expect(here.getByRole('textbox', { name: 'Role for Chloe Marlow' })).toHaveValue('Mother');
    const record = page.getByRole('region', { name: 'How the meeting ran' });
    // The chair sees the missing report on the board, and marks it received when it is handed over.
    await expect(record).toContainText('4 of 4 reports have not come yet');
    await record
      .getByRole('button', { name: 'Received today: the report from Riverside Primary School' })
      .click();
    await expect(record).toContainText(
      '3 of 4 reports have not come yet: Fictional Health, Fictional Police, Fictional Surgery.',
    );
    // The board redraws from the document at the next frame: click, then see it ticked.
    const alone = record.getByRole('checkbox', { name: 'Ada Marlow was seen alone' });
    await alone.click();
    await expect(alone).toBeChecked();
    await record
      .getByRole('combobox', { name: 'How Ada Marlow’s views were given' })
      .selectOption({ label: 'Through an advocate' });
    const note = record.getByRole('textbox', { name: 'Note on how Ada Marlow took part' });
    await note.fill('Ada met her advocate at school.');
    await note.press('Enter');
    const leave = record.getByRole('form', { name: 'Record someone asked to leave' });
    await leave.getByRole('button', { name: 'Record that they left' }).click();
    await expect(leave).toContainText('Say who, for which part of the meeting, and why.');
    await leave.getByRole('textbox', { name: 'Who' }).fill('Dan Ashby');
    await leave.getByRole('textbox', { name: 'For which part' }).fill('while the police shared information');
    await leave.getByRole('textbox', { name: 'Why' }).fill('It concerned someone else.');
    await leave.getByRole('button', { name: 'Record that they left' }).click();
    await expect(record.getByRole('list', { name: 'Asked to leave' })).toContainText('Dan Ashby');
    await expectNoAxeViolations(page, 'the chair’s board with how the meeting ran');

    // Danger statements and safety goals, turned on for this conference, linked to a worry.
    await chair.addItem('Worries', WORRY);
    const tools = page.getByRole('complementary', { name: "Chair's tools" });
    const useDangers = tools.getByRole('checkbox', { name: 'Use danger statements and safety goals' });
    await useDangers.click();
    await expect(useDangers).toBeChecked();
    const dangers = page.getByRole('region', { name: 'Danger statements and safety goals' });
    const add = dangers.getByRole('form', { name: 'Add a danger statement' });
    await add.getByRole('textbox', { name: 'Add danger statement' }).fill(DANGER);
    await add.getByRole('textbox', { name: 'Its safety goal' }).fill(GOAL);
    await add.getByRole('button', { name: 'Add' }).click();
    await dangers.getByRole('combobox', { name: 'Scale for danger statement 1' }).selectOption('3');
    const link = dangers.getByRole('checkbox', { name: WORRY });
    await link.click();
    await expect(link).toBeChecked();
    await expectNoAxeViolations(page, 'the chair’s board with a danger statement');

    // The first core group's date and time, agreed in the meeting.
    const agreed = page.getByLabel('Agreed date and time: First core group meeting');
    await agreed.fill(CORE_GROUP_AT);
    await agreed.press('Enter');
    await expect(page.getByText(/^Agreed: /).first()).toBeVisible();
    await dangers.screenshot({ path: `${SCREENSHOT_DIR}/chair-danger-statements.png` });
    await record.screenshot({ path: `${SCREENSHOT_DIR}/chair-meeting-record.png` });
    const rail = page.getByRole('complementary', { name: "Chair's tools" });
    await rail.getByRole('button', { name: 'Close conference' }).click();
    const confirm = rail.getByRole('button', { name: 'Close it now' });
    await confirm.click();
    await expect(rail.getByText('The plan is ready to send.')).toBeVisible();
  });

  await test.step('the family’s letter downloads from the conference’s page', async () => {
    await page.goBack();
    await page.reload();
    const exports = page.getByRole('region', { name: 'Minutes and the plan' });
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('button', { name: 'PDF: the family’s letter' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/letter-family-copy\.pdf$/);
    expect(
      fs
        .readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const [html] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('button', { name: 'Web page: the family’s letter' }).click(),
    ]);
    const letter = fs.readFileSync(await html.path(), 'utf8');
    expect(letter).toContain('Your letter from the child protection conference');
    expect(letter).toContain('The school saw bruising on Ada’s arm (fictional).');
    // How the meeting ran is in the professionals' minutes, never in the family's letter.
    expect(letter).not.toContain('Dan Ashby');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('button', { name: 'Data (JSON): the minutes, for professionals' }).click(),
    ]);
    const minutes = JSON.parse(fs.readFileSync(await json.path(), 'utf8')) as {
      reports: { agency: string; receivedOn: string | null }[];
      childParticipation: { seenAlone: boolean; viewsBy: string; note: string }[];
      exclusions: { who: string; part: string; reason: string }[];
      conference: { strategyDiscussionOn: string; dueBy: string };
      dangerStatements: { text: string; safetyGoal: string; scale: number | null; worryIds: string[] }[];
      worries: { id: string; text: string }[];
      meetings: { firstCoreGroupAt: string | null };
    };
    expect(minutes.meetings.firstCoreGroupAt).toBe(CORE_GROUP_AT);
    const worry = minutes.worries.find((w) => w.text === WORRY);
    expect(minutes.dangerStatements).toEqual([
      { text: DANGER, safetyGoal: GOAL, scale: 3, worryIds: [worry?.id], childIds: [], answeredBy: [] },
    ]);
    expect(minutes.childParticipation).toEqual([
      expect.objectContaining({
        seenAlone: true,
        viewsBy: 'advocate',
        note: 'Ada met her advocate at school.',
      }),
    ]);
    expect(minutes.exclusions).toEqual([
      { who: 'Dan Ashby', part: 'while the police shared information', reason: 'It concerned someone else.' },
    ]);
    expect(minutes.conference.strategyDiscussionOn).toBe(strategy);
    expect(minutes.reports.map((r) => [r.agency, r.receivedOn !== null])).toEqual([
      ['Fictional Health', false],
      ['Riverside Primary School', true],
      ['Fictional Police', false],
      ['Fictional Surgery', false],
    ]);
  });

  await test.step('the admin records the plan as sent, and the list says so', async () => {
    const sending = page.getByRole('region', { name: 'Sending out' });
    await expect(sending).toContainText('Nothing has been recorded as sent yet.');
    const form = sending.getByRole('form', { name: 'Record something sent' });
    await form.getByRole('combobox', { name: 'What was sent' }).selectOption({ label: 'The plan' });
    await form.getByRole('button', { name: 'Record as sent' }).click();
    // Nobody named: the form says what it needs, and nothing is recorded.
    await expect(form).toContainText('Say who it was sent to');
    await form.getByRole('textbox', { name: /^Sent to/ }).fill('Everyone invited');
    await form.getByRole('button', { name: 'Record as sent' }).click();
    await expect(form.getByRole('status')).toContainText('The plan recorded as sent to Everyone invited');
    await expect(sending.getByRole('table', { name: 'What has been sent' })).toContainText(
      'Everyone invited',
    );
    await expectNoAxeViolations(page, 'the conference page with something sent');
    await saveScreen(page, 'admin-sending-out');
    await page.goto('/admin');
    await admin.expectLoaded();
    await expect(admin.row(title)).toContainText(/Plan to everyone: sent/);
    await expect(admin.row(title)).toContainText(/Minutes: due/);
  });
});
