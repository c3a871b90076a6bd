/**
 * The plan and the decision, live with the family: the chair records who is here, builds three
 * plan rows and two contingency plans with the keyboard, sees a check turn from "to look at" to
 * "done" when the missing date is filled, two professionals give their views from their own
 * devices, and the chair decides for each child. The family sees the plan and the outcome, never
 * the tally. All names and words are fictional.
 */
import { londonDate } from '@cb/shared/londonDate';
import { dateWords } from '@cb/shared/words/dates';
import { readByWhen } from '@cb/shared/words/byWhen';
import { PlanPanel, type PlanRowWords } from './pages/PlanPanel.ts';
import { STAGES } from './pages/ChairBoardPage.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { letInGuest, openConference } from './support/conference.ts';
import { expect, test } from './support/fixtures.ts';
import { saveScreen } from './support/screens.ts';

const ARRIVES = { timeout: 15_000 };
const FAMILY = { role: 'family', name: 'Chloe Marlow', label: 'Chloe (mother)' } as const;
const NADIA = { role: 'professional', name: 'Nadia Okafor', label: 'Nadia (health visitor)' } as const;
const TOM = { role: 'professional', name: 'Tom Reeve', label: 'Tom (school)' } as const;

const ROWS: PlanRowWords[] = [
  {
    risk: 'Ada and Ben see adults fighting.',
    outcome: 'Ada and Ben feel safe at home.',
    task: 'Chloe to attend the domestic abuse programme.',
    who: 'Chloe; Priya Shah',
    when: 'within 2 weeks',
    howWeWillKnow: 'No police call-outs; Ada tells her teacher home feels calmer.',
  },
  {
    risk: "Ben's weight is falling.",
    outcome: 'Ben grows well.',
    task: 'Weekly weighing; dietitian referral.',
    who: 'Nadia Okafor',
    howWeWillKnow: 'Ben is back on his centile by the review.',
  },
  {
    risk: "Chloe's low mood.",
    outcome: 'Chloe can care for the children.',
    task: 'Keep GP appointments; perinatal mental health referral.',
    who: 'Chloe; GP',
    when: '2027-01-14',
    howWeWillKnow: 'A GP report to the core group.',
  },
];
const ADA_PLAN = 'If there is another incident, Ada goes to Nana Fay’s that night with her school bag.';
const BEN_PLAN = 'If there is another incident, Ben goes to Nana Fay’s that night with his feeding chart.';

test('the plan is made live with the family, then the decision for each child', async ({ newPerson }) => {
  test.setTimeout(240_000);
  const open = await openConference(newPerson);
  const { chair } = open;
  const family = await letInGuest(newPerson, open, FAMILY);
  const nadia = await letInGuest(newPerson, open, NADIA);
  const tom = await letInGuest(newPerson, open, TOM);
  const chairPlan = new PlanPanel(chair.page);
  const familyPlan = new PlanPanel(family.page);

  await test.step('the chair records who is here; the conference is quorate', async () => {
    await chair.setStage(STAGES.sharing);
    await family.expectReady();
    await chairPlan.addAttendee({
      name: 'Priya Shah',
      role: 'Social worker',
      agency: 'Northshire Children’s Services (fictional)',
      agencyType: 'Children’s social care',
      attendance: 'In the room',
    });
    await expect(chairPlan.attendance).toContainText('Not quorate');
    await chairPlan.addAttendee({
      name: 'Nadia Okafor',
      role: 'Health visitor',
      agency: 'Fictional Community Health',
      agencyType: 'Health',
      attendance: 'Joining remotely',
      inDirectContact: true,
    });
    await chairPlan.addAttendee({
      name: 'Tom Reeve',
      role: 'Designated safeguarding lead',
      agency: 'Riverside Primary School (fictional)',
      agencyType: 'Education',
      attendance: 'In the room',
      inDirectContact: true,
    });
    await expect(chairPlan.attendance).toContainText(
      'Quorate: children’s social care and 2 other agencies are here.',
    );
    await expect(familyPlan.attendance).toContainText('Tom Reeve', ARRIVES);
    await expect(familyPlan.attendance).not.toContainText('quorate');
  });

  await test.step('"Making the plan": three rows by keyboard; the one without a date is flagged', async () => {
    await chair.setStage(STAGES.plan);
    for (const row of ROWS) await chairPlan.addRowByKeyboard(row);
    await expect(chairPlan.check('person-and-date')).toContainText('To look at');
    await expect(chairPlan.check('person-and-date')).toContainText("Ben's weight is falling.");
    await expect(familyPlan.check('person-and-date')).toContainText('To look at', ARRIVES);
  });

  await test.step('the missing date is filled in: the check passes on every screen', async () => {
    // "Soon" is not a date: refused in plain words, and the words stay in the box.
    await chairPlan.setRowDate("Ben's weight is falling.", 'soon');
    const box = chairPlan.rowCard("Ben's weight is falling.").getByRole('textbox', { name: 'By when' });
    await expect(chairPlan.rowCard("Ben's weight is falling.")).toContainText(
      'a plan action needs a real date',
    );
    await expect(box).toHaveValue('soon');
    await box.fill('');
    // A date as people in England write it.
    await chairPlan.setRowDate("Ben's weight is falling.", '07/01/2027');
    await expect(chairPlan.check('person-and-date')).toContainText('Done');
    await expect(familyPlan.check('person-and-date')).toContainText('Done', ARRIVES);
  });

  await test.step('the plan is a table: Alt+↓ moves a row, the cursor stays in its cell; Enter goes to a new row', async () => {
    const [first, second, third] = ROWS as [PlanRowWords, PlanRowWords, PlanRowWords];
    const task = chairPlan.rowCard(first.risk).getByRole('textbox', { name: 'What will be done' });
    await task.focus();
    await chair.page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => chairPlan.risksInOrder()).toEqual([second.risk, first.risk, third.risk]);
    await expect(chairPlan.rowCard(first.risk)).toHaveAccessibleName(/^Plan row 2:/);
    await expect(task).toBeFocused();
    await expect(familyPlan.plan.getByRole('row').nth(1)).toContainText(second.task, ARRIVES);
    await chair.page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => chairPlan.risksInOrder()).toEqual(ROWS.map((r) => r.risk));
    await expect(task).toBeFocused();
    await chair.page.keyboard.press('Enter');
    await expect(chairPlan.plan.getByRole('textbox', { name: /^Add what needs to change/ })).toBeFocused();
    await expect(task).toHaveValue(first.task);
    await saveScreen(chair.page, '39-plan-table-chair');
  });

  await test.step('Alt+7: a contingency plan for each child, in the family’s words', async () => {
    await expect(chairPlan.check('contingency-per-child')).toContainText('To look at');
    await chairPlan.writeContingencyPlans([ADA_PLAN, BEN_PLAN]);
    await expect(chairPlan.check('contingency-per-child')).toContainText('Done');
    await expect(familyPlan.contingency).toContainText(ADA_PLAN, ARRIVES);
    await expect(familyPlan.contingency).toContainText(BEN_PLAN, ARRIVES);
  });

  await test.step('the family sees the plan, first on their screen, with dates in words', async () => {
    for (const row of ROWS) await expect(familyPlan.plan).toContainText(row.task, ARRIVES);
    await expect(familyPlan.plan).toContainText('Thursday 7 January 2027');
    // "Within 2 weeks" became a date when it was typed, and reads both ways.
    const twoWeeks = readByWhen('within 2 weeks', londonDate(new Date()));
    if (!twoWeeks.ok) throw new Error('within 2 weeks should read as a date');
    await expect(familyPlan.plan).toContainText(`${dateWords(twoWeeks.date)} (within 2 weeks)`);
    await expect(familyPlan.plan.getByRole('textbox')).toHaveCount(0);
    await expect(familyPlan.plan).toBeInViewport({ ratio: 0.2 });
    await expectNoAxeViolations(chair.page, "the chair's plan stage");
    await expectNoAxeViolations(family.page, "the family's plan stage");
    await saveScreen(family.page, '40-plan-family');
  });

  const tomPlan = new PlanPanel(tom.page);
  await test.step('"The decision": two professionals give their views from their own screens', async () => {
    await chair.setStage(STAGES.decision);
    const nadiaPlan = new PlanPanel(nadia.page);
    await nadiaPlan.giveView('Ada Marlow', true, 'Emotional abuse');
    await nadiaPlan.giveView('Ben Marlow', true, 'Neglect');
    await tomPlan.giveView('Ada Marlow', true, 'Emotional abuse');
    await tomPlan.giveView('Ben Marlow', false, null);
    const ada = chairPlan.childDecision('Ada Marlow');
    await expect(ada).toContainText('Nadia Okafor', ARRIVES);
    await expect(ada).toContainText('Tom Reeve', ARRIVES);
    await expect(chairPlan.childDecision('Ben Marlow')).toContainText('Tom Reeve', ARRIVES);
  });

  await test.step('the chair decides: a draft the family does not see; shared, the family sees the outcome, not the tally', async () => {
    await chairPlan.decide('Ada Marlow', 'Child protection plan', 'Emotional abuse');
    await chairPlan.decide('Ben Marlow', 'Child protection plan', 'Neglect');
    await expect(chairPlan.childDecision('Ada Marlow')).toContainText('Not shared with the family yet.');
    // Dissent is formal: Tom's view differs for Ben, so the chair is told to ask him; he answers
    // on his own screen, with reasons, and only then is it recorded.
    const ben = chairPlan.childDecision('Ben Marlow');
    await expect(ben).toContainText('Ask whether they wish to dissent');
    await expect(ben).toContainText('No one has recorded a dissent.');
    await tomPlan.dissent('Ben Marlow', 'School sees Ben fed and rested every day (fictional).');
    await expect(ben).toContainText('Tom Reeve: Threshold not met; dissents from the decision', ARRIVES);
    // His choice is the record: no step for the chair.
    await expect(ben).toContainText('Dissent recorded', ARRIVES);
    await expect(ben).toContainText('Reasons: School sees Ben fed and rested every day (fictional).');
    await expect(ben).not.toContainText('Ask whether they wish to dissent');
    // The family's screen says the conference is deciding, and no word of the draft reaches it.
    for (const child of ['Ada Marlow', 'Ben Marlow'])
      await expect(familyPlan.childDecision(child)).toContainText('The conference is deciding.', ARRIVES);
    await expect(familyPlan.decision).not.toContainText('child protection plan');
    await expectNoAxeViolations(family.page, "the family's screen while the conference decides");

    await chairPlan.share('Ada Marlow');
    await expect(familyPlan.childDecision('Ada Marlow')).toContainText(
      'Ada Marlow will have a child protection plan.',
      ARRIVES,
    );
    await expect(familyPlan.childDecision('Ben Marlow')).toContainText('The conference is deciding.');
    await expect(chairPlan.childDecision('Ada Marlow')).toContainText('Shared with the family.');
    await chairPlan.shareAll();
    await expect(familyPlan.childDecision('Ben Marlow')).toContainText(
      'Ben Marlow will have a child protection plan.',
      ARRIVES,
    );
    await expect(familyPlan.decision).not.toContainText('Nadia Okafor');
    await expect(familyPlan.decision).not.toContainText('Tom Reeve');
    await expect(familyPlan.decision).toContainText('What happens next');
    // The chair enters the first core group agreed in the room; the family's screen says it.
    const agreed = chairPlan.decision.getByLabel('Agreed date and time: First core group meeting');
    await agreed.fill('2027-01-05T10:00');
    await agreed.press('Enter');
    await expect(familyPlan.decision).toContainText('Agreed: Tuesday 5 January 2027 at 10:00', ARRIVES);
    await expectNoAxeViolations(chair.page, "the chair's decision stage");
    await expectNoAxeViolations(family.page, "the family's decision stage");
    await expectNoAxeViolations(nadia.page, "a professional's decision stage");
    await saveScreen(chair.page, '41-decision-chair');
    await saveScreen(family.page, '42-decision-family');
  });
});
