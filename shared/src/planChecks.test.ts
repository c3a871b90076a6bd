import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, readSection } from './doc/board.ts';
import { addPlanRow, contingencyText, readContingencyPlans, readPlan, type PlanRow } from './doc/plan.ts';
import { initConferenceDoc } from './doc/schema.ts';
import { byWhenDate, dateWords, outcomeIsAboutChild, planChecks, type PlanCheckInput } from './planChecks.ts';

const children = [
  { id: 'ada', name: 'Ada Marlow', dateOfBirth: '2019-04-12' },
  { id: 'ben', name: 'Ben Marlow', dateOfBirth: '2023-08-30' },
];

/** The Marlow conference's board and plan (DEMO-SCENARIO.md), built in a real document. */
function marlow(): PlanCheckInput {
  const doc = new Y.Doc();
  initConferenceDoc(doc, { conferenceId: 'marlow', kind: 'initial', restricted: false, children });
  const at = '2026-12-03T10:00:00Z';
  addItem(doc, 'worries', {
    id: 'w-police',
    text: 'Police called twice in three months',
    kind: 'past-harm',
    createdAt: at,
  });
  addItem(doc, 'worries', {
    id: 'w-violence',
    text: 'The children could be hurt if they are in the room during violence',
    kind: 'future-danger',
    createdAt: at,
  });
  addItem(doc, 'worries', {
    id: 'w-growth',
    text: 'Ben’s growth could falter further',
    kind: 'future-danger',
    createdAt: at,
  });
  addPlanRow(doc, {
    id: 'fighting',
    risk: 'Ada and Ben see adults fighting',
    outcome: 'They feel safe at home',
    task: 'Chloe to attend the domestic abuse programme',
    byWhom: 'Chloe; social worker',
    byWhen: '2026-12-17',
    byWhenWords: 'start within 2 weeks',
    addresses: ['w-violence'],
    createdAt: at,
  });
  addPlanRow(doc, {
    id: 'weight',
    risk: 'Ben’s weight is falling',
    outcome: 'Ben grows well',
    byWhom: 'Health visitor; GP',
    byWhen: '2026-12-10',
    addresses: ['w-growth'],
    createdAt: at,
  });
  addPlanRow(doc, {
    id: 'mood',
    risk: 'Chloe’s low mood',
    outcome: 'Chloe can care for the children',
    byWhom: 'Chloe; GP',
    byWhen: '2026-12-24',
    byWhenWords: 'next appointment',
    createdAt: at,
  });
  for (const child of children) {
    contingencyText(doc, child.id).insert(0, 'If there is another incident, go to Fay’s that night.');
  }
  return {
    children,
    worries: readSection(doc, null, 'worries'),
    plan: readPlan(doc),
    contingencyPlans: readContingencyPlans(doc),
    today: '2026-12-03',
  };
}

const checkOf = (input: PlanCheckInput, id: string) => planChecks(input).find((c) => c.check === id);

function withRow(input: PlanCheckInput, id: string, patch: Partial<PlanRow>): PlanCheckInput {
  return { ...input, plan: input.plan.map((r) => (r.id === id ? { ...r, ...patch } : r)) };
}

describe('plan checks', () => {
  it('all pass for the Marlow plan', () => {
    const checks = planChecks(marlow());
    expect(checks.map((c) => c.check)).toEqual([
      'risks-addressed',
      'person-and-date',
      'contingency-per-child',
      'outcomes-about-child',
      'nothing-overdue',
    ]);
    expect(checks.filter((c) => !c.passed)).toEqual([]);
    expect(checks[0]?.detail).toBe('Every present or future danger is addressed by the plan.');
  });

  it('every present or future danger is addressed by a row', () => {
    const input = withRow(marlow(), 'weight', { addresses: [] });
    expect(checkOf(input, 'risks-addressed')).toEqual({
      check: 'risks-addressed',
      passed: false,
      detail: 'Add a plan row for each present or future danger: Ben’s growth could falter further.',
    });
    // Past harm is not a risk the plan must address.
    const noPast = { ...input, worries: input.worries.filter((w) => w.kind !== 'future-danger') };
    expect(checkOf(noPast, 'risks-addressed')?.passed).toBe(true);
  });

  it('keeps a detail short on a long board: the first five, shortened, and how many more', () => {
    const input = marlow();
    const long = 'A long note about the week. '.repeat(40);
    const many = Array.from({ length: 30 }, (_, n) => ({ id: `u${n}`, text: `${n} ${long}`, kind: null }));
    const detail =
      checkOf({ ...input, worries: [...input.worries, ...many] }, 'risks-addressed')?.detail ?? '';
    expect(detail).toMatch(/; and 25 more\.$/);
    expect(detail.length).toBeLessThan(600);
  });

  it('a worry whose kind was never chosen is not taken for past harm', () => {
    const input = marlow();
    const unsorted = {
      ...input,
      worries: [...input.worries, { id: 'new', text: 'Nobody is sure who else lives there', kind: null }],
    };
    expect(checkOf(unsorted, 'risks-addressed')).toEqual({
      check: 'risks-addressed',
      passed: false,
      detail:
        'Choose the kind of worry (past harm, present and future danger, or impact) for: Nobody is sure who else lives there.',
    });
  });

  it('every row has a person and a real date', () => {
    const input = withRow(withRow(marlow(), 'weight', { byWhom: ' ', byWhen: '' }), 'mood', { byWhen: '' });
    expect(checkOf(input, 'person-and-date')).toEqual({
      check: 'person-and-date',
      passed: false,
      detail:
        'Add who will do it and by when for: Ben’s weight is falling. Add by when for: Chloe’s low mood.',
    });
    const badDate = withRow(marlow(), 'weight', { byWhen: '2026-02-30' });
    expect(checkOf(badDate, 'person-and-date')?.passed).toBe(false);
    // Words an older board kept ("soon") are not a date.
    expect(checkOf(withRow(marlow(), 'weight', { byWhen: 'soon' }), 'person-and-date')?.detail).toBe(
      'Add a real date instead of “soon” for: Ben’s weight is falling.',
    );
    const unnamed = withRow(marlow(), 'mood', { risk: '', task: '', outcome: '', byWhom: '' });
    expect(checkOf(unnamed, 'person-and-date')?.detail).toBe('Add who will do it for: row 3.');
  });

  it('every child has a contingency plan of their own', () => {
    const input = marlow();
    const onlyAda = {
      ...input,
      contingencyPlans: input.contingencyPlans.map((c) => (c.childId === 'ben' ? { ...c, text: '  ' } : c)),
    };
    expect(checkOf(onlyAda, 'contingency-per-child')).toEqual({
      check: 'contingency-per-child',
      passed: false,
      detail: 'Write the family’s plan for if things go wrong for: Ben Marlow.',
    });
    expect(checkOf({ ...input, contingencyPlans: [] }, 'contingency-per-child')?.detail).toMatch(
      /Ada Marlow, Ben Marlow/,
    );
  });

  it('outcomes are about the child, not an adult’s task', () => {
    const input = withRow(marlow(), 'fighting', { outcome: 'Chloe to attend the domestic abuse programme' });
    const check = checkOf(input, 'outcomes-about-child');
    expect(check?.passed).toBe(false);
    expect(check?.detail).toBe(
      'Say what will be different for the child (for example “Ada feels safe at home”), not only what an adult ' +
        'will do, for: Ada and Ben see adults fighting.',
    );
    expect(checkOf(withRow(marlow(), 'mood', { outcome: '' }), 'outcomes-about-child')?.passed).toBe(false);
  });

  it('explains its heuristic by example', () => {
    const names = children;
    expect(outcomeIsAboutChild('Ben grows well', names)).toBe(true);
    expect(outcomeIsAboutChild('Ada’s attendance stays above 95%', names)).toBe(true);
    expect(outcomeIsAboutChild('They feel safe at home', names)).toBe(true);
    expect(outcomeIsAboutChild('Chloe can care for the children', names)).toBe(true);
    expect(outcomeIsAboutChild('Evan to complete a risk assessment', names)).toBe(false);
    expect(outcomeIsAboutChild('Chloe will keep her GP appointments so she is well', names)).toBe(false);
    expect(outcomeIsAboutChild('Adam to attend', names)).toBe(false); // "Ada" must be a whole word
  });

  it('nothing is overdue at the moment of writing', () => {
    const input = { ...marlow(), today: '2026-12-11' };
    expect(checkOf(input, 'nothing-overdue')).toEqual({
      check: 'nothing-overdue',
      passed: false,
      detail: 'Agree a new date for: Ben’s weight is falling (was 10 December 2026).',
    });
    expect(checkOf({ ...input, today: '2026-12-10' }, 'nothing-overdue')?.passed).toBe(true);
    expect(checkOf(withRow(input, 'weight', { progress: 'achieved' }), 'nothing-overdue')?.passed).toBe(true);
    expect(() => planChecks({ ...input, today: '11/12/2026' })).toThrow(RangeError);
  });

  it('says so when there is nothing to check yet', () => {
    const checks = planChecks({
      children: [],
      worries: [],
      plan: [],
      contingencyPlans: [],
      today: '2026-12-03',
    });
    expect(checks.every((c) => c.passed)).toBe(true);
    expect(checks[1]?.detail).toBe('There are no plan rows yet.');
  });
});

describe('reading dates', () => {
  it('tells a date from a timescale', () => {
    expect(byWhenDate(' 2026-12-10 ')).toBe('2026-12-10');
    expect(byWhenDate('within 2 weeks')).toBeNull();
    expect(byWhenDate('2026-02-30')).toBeNull();
    expect(dateWords('2027-01-05')).toBe('5 January 2027');
  });
});

describe('contingency-names-network', () => {
  const children = [{ id: 'ada', name: 'Ada Marlow' }];
  const input = (text: string, network?: string[]) => ({
    children,
    worries: [],
    plan: [],
    contingencyPlans: [{ childId: 'ada', text }],
    today: '2026-12-03',
    ...(network ? { network } : {}),
  });
  const check = (text: string, network?: string[]) =>
    planChecks(input(text, network)).find((c) => c.check === 'contingency-names-network');

  it('is made only when the network is known', () => {
    expect(check('Ada goes to Nana’s.')).toBeUndefined();
  });

  it('passes when the plan names someone in the family’s network, by first name or whole name', () => {
    const network = ['Fay Marlow', 'Dan Ashby', 'Ada Marlow'];
    expect(check('If there is another incident, the children go to Fay’s that night.', network)?.passed).toBe(
      true,
    );
    expect(check('Dan Ashby takes them.', network)?.passed).toBe(true);
  });

  it('fails a plan that names nobody but the child, saying whose plan', () => {
    const network = ['Fay Marlow', 'Ada Marlow'];
    const c = check('Ada will be kept safe and the social worker will be told.', network);
    expect(c).toMatchObject({ passed: false });
    expect(c?.detail).toBe('Name who in the family’s network will help, in the plan for: Ada Marlow.');
    expect(check('Someone will help.', [])?.detail).toMatch(/^Add the family’s network to the family tree/);
  });
});
