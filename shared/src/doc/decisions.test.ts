import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ZodError } from 'zod';
import {
  departsFromMajority,
  differsFromShared,
  differsFrom,
  dissentFrom,
  majorityView,
  outcomeWords,
  readDecisions,
  readViews,
  reasonsNeeded,
  removeView,
  setOutcome,
  setView,
  shareDecision,
  type DecisionView,
} from './decisions.ts';
import { docParts, initConferenceDoc } from './schema.ts';

const children = [
  { id: 'ada', name: 'Ada Marlow', dateOfBirth: '2019-04-12' },
  { id: 'ben', name: 'Ben Marlow', dateOfBirth: '2023-08-30' },
];

function conference() {
  const pub = new Y.Doc();
  const res = new Y.Doc();
  initConferenceDoc(pub, { conferenceId: 'marlow', kind: 'initial', restricted: false, children });
  initConferenceDoc(res, { conferenceId: 'marlow', kind: 'initial', restricted: true, children });
  return { pub, res };
}

/** The Marlow conference's views about Ada (DEMO-SCENARIO.md). */
const adaViews: DecisionView[] = [
  {
    participantId: 'p-sw',
    name: 'Priya Testwell',
    agency: 'Children’s social care',
    thresholdMet: true,
    category: 'emotional',
    dissents: false,
    dissentReasons: '',
  },
  {
    participantId: 'p-dsl',
    name: 'Sam Fictitious',
    agency: 'Riverside Primary School',
    thresholdMet: true,
    category: 'emotional',
    dissents: false,
    dissentReasons: '',
  },
  {
    participantId: 'p-hv',
    name: 'Pat Placeholder',
    agency: 'Health visiting',
    thresholdMet: true,
    category: 'neglect',
    dissents: false,
    dissentReasons: '',
  },
  {
    participantId: 'p-pol',
    name: 'PC Imaginary',
    agency: 'Police',
    thresholdMet: true,
    category: 'emotional',
    dissents: false,
    dissentReasons: '',
  },
  {
    participantId: null,
    name: 'Dr Nomad Example',
    agency: 'Hillside Surgery',
    thresholdMet: false,
    category: null,
    // The GP's report says they wish to dissent: a formal choice, with reasons.
    dissents: true,
    dissentReasons: 'Support without a plan would be enough (fictional).',
  },
];

describe('professionals’ views', () => {
  it('live in the restricted document only, sorted by name', () => {
    const { pub, res } = conference();
    for (const v of adaViews) setView(res, 'ada', v);
    expect(readViews(res).ada?.map((v) => v.name)).toEqual([
      'Dr Nomad Example',
      'Pat Placeholder',
      'PC Imaginary',
      'Priya Testwell',
      'Sam Fictitious',
    ]);
    expect(readViews(res).ben).toEqual([]);
    expect(JSON.stringify(pub.toJSON())).not.toContain('Priya');
    expect(readViews(pub)).toEqual({ ada: [], ben: [] });
  });

  it('replaces a view when the person changes their mind, by participant or by name', () => {
    const { res } = conference();
    setView(res, 'ben', { participantId: 'p-sw', name: 'Priya Testwell', thresholdMet: false });
    setView(res, 'ben', {
      participantId: 'p-sw',
      name: 'Priya Testwell',
      thresholdMet: true,
      category: 'neglect',
    });
    setView(res, 'ben', { name: 'Dr Nomad Example', thresholdMet: true, category: 'neglect' });
    // The GP joins later and gives their view themselves: it replaces the one the chair typed.
    setView(res, 'ben', { participantId: 'p-gp', name: 'dr nomad example', thresholdMet: false });
    expect(readViews(res).ben?.map((v) => [v.name, v.thresholdMet, v.category])).toEqual([
      ['dr nomad example', false, null],
      ['Priya Testwell', true, 'neglect'],
    ]);
    expect(removeView(res, 'ben', { participantId: 'p-gp', name: 'Dr Nomad Example' })).toBe(true);
    expect(removeView(res, 'ben', { participantId: 'p-gp', name: 'Dr Nomad Example' })).toBe(false);
    expect(readViews(res).ben).toHaveLength(1);
  });

  it('drops a category given with "not met", and refuses bad input', () => {
    const { res } = conference();
    expect(
      setView(res, 'ada', { name: 'PC Imaginary', thresholdMet: false, category: 'physical' }).category,
    ).toBeNull();
    expect(() => setView(res, 'ada', { name: '', thresholdMet: true })).toThrow(ZodError);
    expect(() =>
      setView(res, 'ada', { name: 'X', thresholdMet: true, category: 'cruelty' as never }),
    ).toThrow(ZodError);
    expect(() => setView(res, '', { name: 'X', thresholdMet: true })).toThrow(ZodError);
  });

  it('merges two people giving their views at once', () => {
    const { res } = conference();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(res));
    setView(res, 'ada', adaViews[0] as DecisionView);
    setView(other, 'ada', adaViews[1] as DecisionView);
    Y.applyUpdate(res, Y.encodeStateAsUpdate(other));
    expect(readViews(res).ada).toHaveLength(2);
  });

  it('skips a malformed view when reading', () => {
    const { res } = conference();
    setView(res, 'ada', adaViews[0] as DecisionView);
    docParts(res).decisions.get('ada')?.set('junk', { name: 'No threshold given' });
    expect(readViews(res).ada).toHaveLength(1);
  });
});

describe('the majority view', () => {
  it('is "met, emotional abuse" for Ada in the Marlow conference', () => {
    expect(majorityView(adaViews)).toEqual({
      thresholdMet: true,
      category: 'emotional',
      counts: { met: 4, notMet: 1, categories: { neglect: 1, physical: 0, emotional: 3, sexual: 0 } },
    });
  });

  it('is null on a tie of threshold or of category, and with no views', () => {
    const met = { thresholdMet: true, category: 'neglect' as const };
    const notMet = { thresholdMet: false, category: null };
    expect(majorityView([met, notMet]).thresholdMet).toBeNull();
    expect(majorityView([]).thresholdMet).toBeNull();
    expect(majorityView([met, { thresholdMet: true, category: 'emotional' }])).toMatchObject({
      thresholdMet: true,
      category: null,
    });
    expect(majorityView([notMet, notMet, met])).toMatchObject({ thresholdMet: false, category: null });
  });

  it('tells when the chair departs from it', () => {
    const majority = majorityView(adaViews);
    expect(departsFromMajority({ outcome: 'child-protection-plan', category: 'emotional' }, majority)).toBe(
      false,
    );
    expect(departsFromMajority({ outcome: 'child-protection-plan', category: 'neglect' }, majority)).toBe(
      true,
    );
    expect(departsFromMajority({ outcome: 'child-in-need-plan', category: null }, majority)).toBe(true);
    expect(departsFromMajority({ outcome: null, category: null }, majority)).toBe(false);
    const notMet = majorityView([{ thresholdMet: false, category: null }]);
    expect(departsFromMajority({ outcome: 'child-protection-plan', category: 'neglect' }, notMet)).toBe(true);
    expect(departsFromMajority({ outcome: 'early-help', category: null }, notMet)).toBe(false);
    const tie = majorityView([]);
    expect(departsFromMajority({ outcome: 'no-further-action', category: null }, tie)).toBe(false);
  });

  // Local procedures: with no consensus the chair decides "and provide[s] a clear rationale".
  it('asks for the chair’s reasons on a tie, a split category, or going against the majority', () => {
    const met = (category: 'neglect' | 'emotional' | null) => ({ thresholdMet: true, category });
    const notMet = { thresholdMet: false, category: null };
    const tie = [met('neglect'), notMet];
    expect(reasonsNeeded({ outcome: 'child-protection-plan', category: 'neglect' }, tie)).toBe(
      'no-consensus',
    );
    expect(reasonsNeeded({ outcome: 'child-in-need-plan', category: null }, tie)).toBe('no-consensus');
    const split = [met('neglect'), met('emotional')];
    expect(reasonsNeeded({ outcome: 'child-protection-plan', category: 'neglect' }, split)).toBe(
      'no-consensus',
    );
    expect(reasonsNeeded({ outcome: 'child-in-need-plan', category: null }, split)).toBe('against-majority');
    const agreed = [met('neglect'), met('neglect'), notMet];
    expect(reasonsNeeded({ outcome: 'child-protection-plan', category: 'neglect' }, agreed)).toBeNull();
    expect(reasonsNeeded({ outcome: 'no-further-action', category: null }, agreed)).toBe('against-majority');
    expect(reasonsNeeded({ outcome: null, category: null }, tie)).toBeNull();
    expect(reasonsNeeded({ outcome: 'no-further-action', category: null }, [])).toBeNull();
  });

  it('lists only those who chose to dissent, with their reasons; a differing view is asked, not listed', () => {
    const plan = { outcome: 'child-protection-plan', category: 'emotional' } as const;
    expect(dissentFrom(adaViews, plan)).toEqual([
      {
        name: 'Dr Nomad Example',
        agency: 'Hillside Surgery',
        view: 'Threshold not met',
        reasons: 'Support without a plan would be enough (fictional).',
      },
    ]);
    // Pat's category differs: asked whether they dissent, but not listed for it.
    expect(adaViews.filter((v) => differsFrom(v, plan)).map((v) => v.name)).toEqual([
      'Pat Placeholder',
      'Dr Nomad Example',
    ]);
    expect(
      adaViews.filter((v) => differsFrom(v, { outcome: 'child-in-need-plan', category: null })),
    ).toHaveLength(4);
    expect(dissentFrom(adaViews, { outcome: null, category: null })).toEqual([]);
  });

  it('needs reasons, and keeps none for someone who does not dissent', () => {
    const { res } = conference();
    const base = { name: 'Dr Nomad Example', agency: 'Hillside Surgery', thresholdMet: false };
    expect(() => setView(res, 'ada', { ...base, dissents: true, dissentReasons: ' ' })).toThrow(
      /reasons for the dissent/,
    );
    expect(
      setView(res, 'ada', { ...base, dissents: false, dissentReasons: 'left over' }).dissentReasons,
    ).toBe('');
    // A view stored before dissent was formal reads as no dissent.
    docParts(res)
      .decisions.get('ada')
      ?.set('name:old', { ...base, participantId: null, category: null });
    expect(readViews(res)['ada']?.find((v) => v.name === base.name)).toMatchObject({ dissents: false });
  });
});

describe('the outcome per child', () => {
  it('is a draft in the restricted document, read in the children’s order', () => {
    const { pub, res } = conference();
    setOutcome(pub, res, 'ben', { outcome: 'child-protection-plan', category: 'neglect' });
    setOutcome(pub, res, 'ada', {
      outcome: 'child-protection-plan',
      category: 'emotional',
      dissent: [{ name: 'Dr Nomad Example', agency: 'Hillside Surgery', view: 'Threshold not met' }],
    });
    const decisions = readDecisions(pub, res);
    expect(decisions.map((d) => [d.childId, d.outcome, d.category])).toEqual([
      ['ada', 'child-protection-plan', 'emotional'],
      ['ben', 'child-protection-plan', 'neglect'],
    ]);
    expect(decisions[0]).toMatchObject({ chairRationale: '', showViewsToFamily: false, sharedViews: [] });
    expect(decisions[0]?.dissent).toHaveLength(1);
    expect(decisions.map((d) => d.shared)).toEqual([null, null]);
    // The family's copy holds no word of the draft, and reads as "not shared".
    expect(JSON.stringify(pub.toJSON())).not.toMatch(/child-protection-plan|neglect|emotional/);
    expect(readDecisions(pub).map((d) => [d.outcome, d.shared])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(readDecisions(res)).toEqual([
      expect.objectContaining({ childId: 'ada', outcome: null }),
      expect.objectContaining({ childId: 'ben', outcome: null }),
    ]);
  });

  it('keeps who disagreed and the chair’s reasons out of the family’s document', () => {
    const { pub, res } = conference();
    setOutcome(pub, res, 'ada', {
      outcome: 'early-help',
      chairRationale: 'Dr Nomad Example knows the family best.',
      dissent: [{ name: 'Dr Nomad Example', agency: 'Hillside Surgery', view: 'Threshold met' }],
    });
    expect(JSON.stringify(pub.toJSON())).not.toContain('Nomad');
    expect(JSON.stringify(docParts(pub).decisions.toJSON())).not.toContain('Nomad');
    expect(readDecisions(pub)[0]).toMatchObject({ outcome: null, chairRationale: '', dissent: [] });
    expect(readDecisions(pub, res)[0]?.dissent).toHaveLength(1);
    expect(readViews(res).ada ?? []).toHaveLength(0);
    expect(() => setOutcome(pub, null, 'ada', { chairRationale: 'x' })).toThrow(/professionals/);
  });

  it('keeps a copy of the views for the family only while the chair shows them', () => {
    const { pub, res } = conference();
    const sharedViews = adaViews.map(({ participantId: _p, dissents: _d, dissentReasons: _r, ...v }) => v);
    setOutcome(pub, res, 'ada', { showViewsToFamily: true, sharedViews });
    expect(readDecisions(pub)[0]?.sharedViews).toHaveLength(5);
    setOutcome(pub, res, 'ada', { showViewsToFamily: false });
    expect(readDecisions(pub)[0]).toMatchObject({ showViewsToFamily: false, sharedViews: [] });
  });

  it('refuses bad input and reads bad fields as their defaults', () => {
    const { pub, res } = conference();
    expect(() => setOutcome(pub, res, 'ada', { outcome: 'adoption' as never })).toThrow(ZodError);
    setOutcome(pub, res, 'ada', { outcome: 'early-help', chairRationale: '  The family asked for help.  ' });
    expect(readDecisions(pub, res)[0]?.chairRationale).toBe('The family asked for help.');
    docParts(pub).decisions.get('ada')?.set('category', 'cruelty');
    docParts(res).decisions.get('ada')?.set('note:dissent', 'everyone');
    expect(readDecisions(pub, res)[0]).toMatchObject({ outcome: 'early-help', category: null, dissent: [] });
  });

  it('writes through the chair’s undo manager', () => {
    const { pub, res } = conference();
    const undoDraft = new Y.UndoManager(docParts(res).decisions, { trackedOrigins: new Set(['local']) });
    const undoShare = new Y.UndoManager(docParts(pub).decisions, { trackedOrigins: new Set(['local']) });
    setOutcome(pub, res, 'ada', { outcome: 'child-in-need-plan' });
    shareDecision(pub, res, 'ada');
    undoShare.undo();
    expect(readDecisions(pub)[0]?.outcome).toBeNull();
    undoDraft.undo();
    expect(readDecisions(pub, res)[0]?.outcome).toBeNull();
  });

  const adaOf = (pub: Y.Doc, res: Y.Doc | null, index = 0) => {
    const d = readDecisions(pub, res)[index];
    if (!d) throw new Error('no decision');
    return d;
  };

  it('reaches the family’s document only when the chair shares it: outcome and category, nothing else', () => {
    const { pub, res } = conference();
    setOutcome(pub, res, 'ada', {
      outcome: 'child-protection-plan',
      category: 'emotional',
      chairRationale: 'Reasons only professionals read (fictional).',
      dissent: [{ name: 'Dr Nomad Example', agency: 'Hillside Surgery', view: 'Threshold not met' }],
    });
    expect(differsFromShared(adaOf(pub, res))).toBe(true);
    expect(shareDecision(pub, res, 'ada')).toEqual({
      outcome: 'child-protection-plan',
      category: 'emotional',
    });
    expect(docParts(pub).decisions.get('ada')?.toJSON()).toMatchObject({
      outcome: 'child-protection-plan',
      category: 'emotional',
    });
    expect(JSON.stringify(pub.toJSON())).not.toMatch(/Nomad|fictional/);
    expect(readDecisions(pub)[0]).toMatchObject({
      outcome: 'child-protection-plan',
      category: 'emotional',
      shared: { outcome: 'child-protection-plan', category: 'emotional' },
    });
    expect(differsFromShared(adaOf(pub, res))).toBe(false);

    // A change is a draft again: the family keeps the shared one until the chair shares again.
    setOutcome(pub, res, 'ada', { outcome: 'child-in-need-plan', category: 'emotional' });
    const changed = adaOf(pub, res);
    expect(changed).toMatchObject({
      outcome: 'child-in-need-plan',
      shared: { outcome: 'child-protection-plan' },
    });
    expect(differsFromShared(changed)).toBe(true);
    expect(readDecisions(pub)[0]?.outcome).toBe('child-protection-plan');
    // Only a plan has a category: none is shared with another outcome.
    expect(shareDecision(pub, res, 'ada')).toEqual({ outcome: 'child-in-need-plan', category: null });
    // A draft cleared and shared takes the decision back off the family's screen.
    setOutcome(pub, res, 'ada', { outcome: null, category: null });
    expect(shareDecision(pub, res, 'ada')).toBeNull();
    expect(readDecisions(pub)[0]).toMatchObject({ outcome: null, shared: null });
  });

  it('reads a document from before drafts were kept apart: its public outcome is draft and shared', () => {
    const { pub, res } = conference();
    docParts(pub).decisions.get('ben')?.set('outcome', 'early-help');
    expect(readDecisions(pub, res)[1]).toMatchObject({
      outcome: 'early-help',
      shared: { outcome: 'early-help', category: null },
    });
    expect(differsFromShared(adaOf(pub, res, 1))).toBe(false);
  });
});

describe('outcome in plain words', () => {
  it('says what happens for the child, without acronyms', () => {
    expect(outcomeWords('child-protection-plan', 'emotional', 'Ada')).toBe(
      'Ada will have a child protection plan. The main worry is emotional harm.',
    );
    expect(outcomeWords('child-protection-plan', null, 'Ben')).toBe('Ben will have a child protection plan.');
    expect(outcomeWords('child-in-need-plan', null, 'Ben')).toMatch(/^Ben will have a child in need plan/);
    expect(outcomeWords('early-help', null, 'Ada')).toMatch(/early help/);
    expect(outcomeWords('no-further-action', 'neglect', 'Ada')).toBe(
      'The conference does not need to make a plan for Ada.',
    );
    expect(outcomeWords(null, null, '')).toBe('The decision for the child has not been made yet.');
  });
});
