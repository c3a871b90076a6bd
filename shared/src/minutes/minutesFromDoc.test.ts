import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { scriptBigConference } from '../../../tests/support/scriptedBig.ts';
import { scriptConference } from '../../../tests/support/scriptedConference.ts';
import { addAttendee, setQuoracyNote } from '../doc/attendance.ts';
import { updateSettings } from '../doc/board.ts';
import { initConferenceDoc } from '../doc/schema.ts';
import { setOutcome, setView, shareDecision } from '../doc/decisionDoc.ts';
import { minutesFromDoc } from './minutesFromDoc.ts';
import { setMeeting } from '../doc/meetings.ts';
import { minutesOutline, planOutline } from './outline.ts';
import { DATE_WORDS } from './words.ts';
import { DEFAULT_PROCEDURES } from '../procedures.ts';
import type { Minutes } from './types.ts';

const CONTRACT_KEYS = [
  'schemaVersion',
  'conference',
  'children',
  'attendees',
  'quorate',
  'worries',
  'workingWell',
  'greyAreas',
  'childsVoice',
  'parentsView',
  'genogram',
  'genogramSvg',
  'safetyScales',
  'plan',
  'contingencyPlans',
  'decisions',
  'coreGroup',
  'dates',
  'meetings',
  'planChecks',
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('the meetings agreed at the conference', () => {
  it('go into the minutes, in words too, when a plan is made; none follow without one', () => {
    const s = scriptConference();
    setMeeting(s.publicDoc, 'firstCoreGroupAt', '2026-12-15T10:00');
    setMeeting(s.publicDoc, 'reviewConferenceAt', '2027-02-25T14:00');
    const full = minutesFromDoc(s, s.context, 'full');
    expect(full.meetings).toEqual({
      firstCoreGroupAt: '2026-12-15T10:00',
      reviewConferenceAt: '2027-02-25T14:00',
      nextCoreGroupAt: null,
    });
    expect(JSON.stringify(minutesOutline(full))).toContain('Tuesday 15 December 2026 at 10:00');
    for (const child of s.context.children)
      setOutcome(s.publicDoc, s.restrictedDoc, child.id, { outcome: 'no-further-action', category: null });
    for (const child of s.context.children) shareDecision(s.publicDoc, s.restrictedDoc, child.id);
    expect(minutesFromDoc(s, s.context, 'full').meetings).toEqual({
      firstCoreGroupAt: null,
      reviewConferenceAt: null,
      nextCoreGroupAt: null,
    });
  });
});

describe('dissent', () => {
  it('reaches the minutes as the professional chose it, with no further step by the chair', () => {
    const s = scriptConference();
    const child = s.context.children[0];
    if (!child) throw new Error('the scripted conference has children');
    setOutcome(s.publicDoc, s.restrictedDoc, child.id, {
      outcome: 'child-protection-plan',
      category: 'neglect',
    });
    // After the outcome was set, a professional says, on their own screen, that they dissent.
    setView(s.restrictedDoc, child.id, {
      name: 'Tom Fictional',
      agency: 'Fictional Primary',
      thresholdMet: false,
      dissents: true,
      dissentReasons: 'School sees the child fed and rested every day (fictional).',
    });
    const dissent = minutesFromDoc(s, s.context, 'full').decisions.find(
      (d) => d.childId === child.id,
    )?.dissent;
    expect(dissent).toContainEqual(
      expect.objectContaining({
        name: 'Tom Fictional',
        reasons: 'School sees the child fed and rested every day (fictional).',
      }),
    );
    // A professional's dissent is the professionals' record: not in the family's copy.
    const family = minutesFromDoc(s, s.context, 'family').decisions.find((d) => d.childId === child.id);
    expect(family?.dissent).toEqual([]);
  });
});

function both() {
  const s = scriptConference();
  return {
    s,
    full: minutesFromDoc(s, s.context, 'full'),
    family: minutesFromDoc(s, s.context, 'family'),
  };
}

/** Every list of items that carries the professionals-only mark. */
const marked = (m: Minutes) => [
  ...m.worries,
  ...m.workingWell,
  ...m.greyAreas,
  ...m.childsVoice,
  ...m.parentsView,
  ...m.safetyScales,
];

describe('minutesFromDoc on the scripted Marlow conference', () => {
  it('has every key of the contract, with the contract’s shapes', () => {
    const { full } = both();
    for (const key of CONTRACT_KEYS) expect(full, key).toHaveProperty(key);
    expect(Object.keys(full.conference)).toEqual(
      expect.arrayContaining(['id', 'kind', 'scheduledAt', 'startedAt', 'closedAt', 'chair', 'place']),
    );
    expect(full.children.map((c) => c.name)).toEqual(['Ada Marlow', 'Ben Marlow']);
    expect(full.attendees).toHaveLength(8);
    expect(full.attendees[2]).toMatchObject({
      name: 'Nadia Okafor',
      attendance: 'remote',
      reportReceived: true,
    });
    expect(full.quorate).toBe(true);
    expect(full).not.toHaveProperty('quoracyNote');
    for (const w of full.worries) {
      expect(['past-harm', 'future-danger', 'impact']).toContain(w.kind);
      expect(Array.isArray(w.childIds)).toBe(true);
      expect(typeof w.professionalsOnly).toBe('boolean');
    }
    expect(full.genogram.people).toHaveLength(10);
    expect(full.genogramSvg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(full.genogramSvg).toContain('Chloe Marlow');
    expect(full.safetyScales.every((s) => s.direction === 'high-is-safe')).toBe(true);
    expect(full.plan).toHaveLength(3);
    expect(full.plan[1]).toMatchObject({
      childIds: ['child-ben'],
      byWhen: '2026-12-10',
      carriedForward: false,
    });
    expect(full.contingencyPlans.map((c) => c.childId)).toEqual(['child-ada', 'child-ben']);
    expect(full.decisions.map((d) => [d.childId, d.outcome, d.category])).toEqual([
      ['child-ada', 'child-protection-plan', 'emotional'],
      ['child-ben', 'child-protection-plan', 'neglect'],
    ]);
    expect(full.decisions[0]?.outcomeWords).toBe(
      'Ada Marlow will have a child protection plan. The main worry is emotional harm.',
    );
    // Only who chose to dissent, with reasons (Nadia's category differs, but she did not dissent).
    expect(full.decisions[0]?.dissent).toEqual([
      {
        name: 'Dr Lena Ward (by report)',
        agency: 'Fictional Surgery',
        view: 'Threshold not met',
        reasons: 'Support without a plan would be enough.',
      },
    ]);
    expect(full.coreGroup[0]).toMatchObject({ name: 'Priya Shah', lead: true });
    expect(full.coreGroup.map((c) => c.name)).toHaveLength(6);
    for (const d of [full.dates.planDueBy, full.dates.firstCoreGroupBy, full.dates.reviewConferenceBy]) {
      expect(d).toMatch(ISO_DATE);
    }
    expect(full.planChecks.map((c) => c.check)).toEqual([
      'risks-addressed',
      'person-and-date',
      'contingency-per-child',
      'outcomes-about-child',
      'nothing-overdue',
      'contingency-names-network',
    ]);
    // The Marlow contingency plans name Nana Fay and Dan: the family's own plan.
    expect(full.planChecks.find((c) => c.check === 'contingency-names-network')).toMatchObject({
      passed: true,
    });
  });

  it('counts the dates from the conference day in England, in working days', () => {
    const { full } = both();
    expect(full.dates).toMatchObject({
      planDueBy: '2026-12-04',
      firstCoreGroupBy: '2026-12-17',
      reviewConferenceBy: '2027-03-03',
    });
  });

  it('names the local rule each date came from, in the JSON and on the page', () => {
    const s = scriptConference();
    const procedures = {
      ...DEFAULT_PROCEDURES,
      authority: 'Fictional Borough',
      minutesSentWithinWorkingDays: 15,
    };
    const full = minutesFromDoc(s, { ...s.context, procedures }, 'full');
    expect(full.dates.minutesDueBy).toBe('2026-12-24');
    expect(full.dates.rules).toMatchObject({
      minutesDueBy: 'The minutes are sent to everyone within 15 working days of the conference',
      planDueBy: 'The plan is sent to everyone within 1 working day of the conference',
      reportsExpectedBy: 'Reports reach the chair 2 working days before an initial conference',
    });
    const page = JSON.stringify(minutesOutline(full));
    expect(page).toContain(
      '24 December 2026 (rule: the minutes are sent to everyone within 15 working days of the conference)',
    );
  });

  it('leaves every professionals-only string out of the family’s copy', () => {
    const { s, family } = both();
    const json = JSON.stringify(family);
    expect(s.professionalsOnlyStrings.length).toBeGreaterThanOrEqual(8);
    for (const secret of s.professionalsOnlyStrings) expect(json).not.toContain(secret);
    expect(marked(family).every((i) => !i.professionalsOnly)).toBe(true);
  });

  it('gives the full audience every professionals-only item, marked as such', () => {
    const { s, full } = both();
    const json = JSON.stringify(full);
    for (const secret of s.professionalsOnlyStrings) expect(json).toContain(secret);
    const secrets = marked(full).filter((i) => i.professionalsOnly);
    expect(secrets.map((i) => ('text' in i ? i.text : i.who))).toEqual(
      expect.arrayContaining(s.professionalsOnlyStrings.filter((x) => x.length > 30)),
    );
    // Fact, observation, allegation or opinion is kept for every item, not only worries.
    const drinking = full.greyAreas.find((i) => i.text.startsWith('Whether Chloe is drinking more'));
    expect(drinking).toMatchObject({ tag: 'allegation', source: 'second-hand' });
    expect(JSON.stringify(minutesOutline(full))).toContain('Allegation, Second-hand');
    // One of each: a worry, a grey area, a working-well item, a child's voice, a safety score.
    for (const list of [
      full.worries,
      full.greyAreas,
      full.workingWell,
      full.childsVoice,
      full.safetyScales,
    ]) {
      expect(list.some((i) => i.professionalsOnly)).toBe(true);
    }
  });

  it('ignores the restricted document for the family even when it is passed', () => {
    const { s, family } = both();
    const alone = minutesFromDoc({ publicDoc: s.publicDoc, restrictedDoc: null }, s.context, 'family');
    expect(family).toEqual(alone);
  });

  it('shows the family the views only where the chair chose to', () => {
    const { full, family } = both();
    const names = (m: Minutes, i: number) => m.decisions[i]?.views.map((v) => v.name) ?? [];
    expect(names(full, 0)).toContain('Wren Kestrel');
    expect(names(full, 1)).toHaveLength(5);
    expect(names(family, 0)).toEqual([]);
    expect(names(family, 1)).toEqual(names(full, 1));
    expect(family.decisions.map((d) => d.viewsSharedWithFamily)).toEqual([false, true]);
  });

  it('checks the plan against the audience’s own worries', () => {
    const { full, family } = both();
    const risks = (m: Minutes) => m.planChecks.find((c) => c.check === 'risks-addressed');
    // The restricted future-danger worry has no plan row: only the professionals' copy says so.
    expect(risks(full)).toMatchObject({ passed: false });
    expect(risks(full)?.detail).toContain('non-molestation order');
    expect(risks(family)).toMatchObject({ passed: true });
  });

  it('is deterministic: the same conference, written again, gives equal minutes', () => {
    const a = scriptConference();
    const b = scriptConference();
    expect(minutesFromDoc(a, a.context, 'full')).toEqual(minutesFromDoc(b, b.context, 'full'));
    expect(minutesFromDoc(a, a.context, 'family')).toEqual(minutesFromDoc(b, b.context, 'family'));
    // And a copy of the documents made by sync reads the same as the original.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(a.publicDoc));
    expect(minutesFromDoc({ publicDoc: copy, restrictedDoc: null }, a.context, 'family')).toEqual(
      minutesFromDoc(a, a.context, 'family'),
    );
  });
});

describe('minutesFromDoc on other boards', () => {
  function emptyBoard() {
    const publicDoc = new Y.Doc();
    const children = [{ id: 'c1', name: 'Pip Fictional', dateOfBirth: null }];
    initConferenceDoc(publicDoc, { conferenceId: 'x', kind: 'review', restricted: false, children });
    const context = {
      conference: {
        id: 'x',
        scheduledAt: '2026-07-01T09:00:00Z',
        startedAt: null,
        closedAt: null,
        chair: 'Robin Fictional',
        place: null,
        title: 'Review',
      },
      children,
      today: '2026-07-01',
    };
    return { publicDoc, context };
  }

  it('takes the kind from the document when the store gives none, and has no safety scale when off', () => {
    const { publicDoc, context } = emptyBoard();
    const m = minutesFromDoc({ publicDoc, restrictedDoc: null }, context, 'full');
    expect(m.conference.kind).toBe('review');
    expect(m.dates.firstCoreGroupBy).toBeNull();
    expect(m.safetyScaleUsed).toBe(false);
    expect(m.safetyScales).toEqual([]);
    expect(m.decisions[0]?.outcomeWords).toBe('The decision for Pip Fictional has not been made yet.');
    updateSettings(publicDoc, { safetyScale: true, safeEnd: 'low' });
    expect(minutesFromDoc({ publicDoc, restrictedDoc: null }, context, 'full').safetyScaleUsed).toBe(true);
  });

  it('records why an inquorate conference went ahead', () => {
    const { publicDoc, context } = emptyBoard();
    addAttendee(publicDoc, { id: 'a1', name: 'Sol Fictional', agencyType: 'childrens-social-care' });
    setQuoracyNote(publicDoc, 'The school could not come; the chair went ahead to keep Pip safe.');
    const m = minutesFromDoc({ publicDoc, restrictedDoc: null }, context, 'family');
    expect(m.quorate).toBe(false);
    expect(m.quoracyNote).toContain('could not come');
    expect(m.quoracyMissing).not.toBe('');
  });

  it('keeps the big benchmark board’s professionals-only items from the family', () => {
    const big = scriptBigConference(7);
    const family = minutesFromDoc(big, big.context, 'family');
    const full = minutesFromDoc(big, big.context, 'full');
    const json = JSON.stringify(family);
    expect(big.professionalsOnlyStrings.length).toBeGreaterThan(10);
    for (const secret of big.professionalsOnlyStrings) expect(json).not.toContain(secret);
    expect(full.genogram.people).toHaveLength(40);
    expect(full.plan).toHaveLength(20);
    expect(marked(full).length - marked(family).length).toBe(big.professionalsOnlyStrings.length);
  });
});

describe('what follows the decision', () => {
  it('gives no core group or review date after no further action, in the JSON and the outline', () => {
    const s = scriptConference();
    for (const c of s.context.children) {
      setOutcome(s.publicDoc, s.restrictedDoc, c.id, { outcome: 'no-further-action', category: null });
      shareDecision(s.publicDoc, s.restrictedDoc, c.id);
    }
    for (const audience of ['full', 'family'] as const) {
      const m = minutesFromDoc(s, s.context, audience);
      expect(m.dates.firstCoreGroupBy, audience).toBeNull();
      expect(m.dates.reviewConferenceBy, audience).toBeNull();
      expect(m.dates.notes[0]).toMatch(/^No child protection plan was made/);
      const words = JSON.stringify(planOutline(m));
      expect(words).not.toContain(DATE_WORDS.firstCoreGroupBy);
      expect(words).not.toContain(DATE_WORDS.reviewConferenceBy);
      expect(words).toContain('No further action');
    }
  });

  it('gives both dates when a child protection plan is made', () => {
    const m = minutesFromDoc(scriptConference(), scriptConference().context, 'full');
    expect(m.decisions.some((d) => d.outcome === 'child-protection-plan')).toBe(true);
    expect(m.dates.firstCoreGroupBy).toMatch(ISO_DATE);
    expect(m.dates.reviewConferenceBy).toMatch(ISO_DATE);
    expect(JSON.stringify(planOutline(m))).toContain(DATE_WORDS.reviewConferenceBy);
  });
});
