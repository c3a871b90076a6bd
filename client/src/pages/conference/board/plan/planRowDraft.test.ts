import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addPlanRow } from '@cb/shared/doc/plan';
import { EMPTY_PLAN_ROW, planRowFromDraft, type PlanRowDraft } from './planRowDraft.ts';

const draft = (patch: Partial<PlanRowDraft>): PlanRowDraft => ({ ...EMPTY_PLAN_ROW, ...patch });

describe('the Add to the plan draft', () => {
  it('adds nothing when nothing has been typed', () => {
    expect(planRowFromDraft(draft({ risk: '  ', byWhen: ' ' }), null)).toBeNull();
  });

  it('turns a filled-in draft into a row the document accepts, about one child or all', () => {
    const checked = planRowFromDraft(
      draft({
        risk: 'Nights are unsafe',
        task: 'Night-time routine',
        byWhom: 'Dana',
        byWhen: 'within 2 weeks',
      }),
      'child-1',
      '2026-12-07',
    );
    expect(checked).toEqual({
      ok: true,
      input: {
        ...EMPTY_PLAN_ROW,
        risk: 'Nights are unsafe',
        task: 'Night-time routine',
        byWhom: 'Dana',
        // Made a date at once, the words kept beside it.
        byWhen: '2026-12-21',
        byWhenWords: 'within 2 weeks',
        childIds: ['child-1'],
      },
    });
    expect(planRowFromDraft(draft({ risk: 'x' }), null)).toMatchObject({ ok: true, input: { childIds: [] } });
    // What the form accepts, the document writes (the same schema checks it there).
    if (!checked?.ok) return;
    const doc = new Y.Doc();
    const row = addPlanRow(doc, { ...checked.input, id: 'r1', createdAt: '2026-12-03T10:00:00Z' });
    expect(row).toMatchObject({ risk: 'Nights are unsafe', byWhen: '2026-12-21', childIds: ['child-1'] });
  });

  it('accepts a real date, and says in plain words when a date does not exist', () => {
    expect(planRowFromDraft(draft({ task: 'Visit', byWhen: '17/12/2026' }), null)).toMatchObject({
      ok: true,
      input: { byWhen: '2026-12-17', byWhenWords: '' },
    });
    expect(planRowFromDraft(draft({ task: 'Visit', byWhen: '2026-02-30' }), null)).toEqual({
      ok: false,
      error: 'That date does not exist.',
    });
    // "Soon" is not a date: refused, in plain words.
    expect(planRowFromDraft(draft({ task: 'Visit', byWhen: 'soon' }), null)).toMatchObject({
      ok: false,
      error: expect.stringContaining('a plan action needs a real date') as unknown as string,
    });
  });

  it('names the column that is too long', () => {
    expect(planRowFromDraft(draft({ task: 'Visit', byWhom: 'x'.repeat(301) }), null)).toEqual({
      ok: false,
      error: 'Keep "Who" to 300 characters or fewer.',
    });
  });
});
