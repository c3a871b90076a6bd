/**
 * More hand-made minutes for the renderers' tests and timings: a long board, and the texts a
 * copy must contain. Every name is made up. Not imported by the server itself.
 */
import { forty } from '@cb/shared/genogram/fixtures';
import { genogramToSvg } from '@cb/shared/genogram/svg';
import type { Audience, Minutes } from '@cb/shared/minutes/types';
import { dateWords } from '@cb/shared/minutes/words';
import { marlowMinutes } from './testMinutes.ts';

/** A long board for page-count checks and timings: 300 items, 40 people, 20 plan rows. */
export function bigMinutes(audience: Audience): Minutes {
  const base = marlowMinutes(audience);
  const text = (n: number, what: string) =>
    `${what} ${n}: a made-up note long enough to wrap onto a second line in the minutes, as real notes often do.`;
  const model = forty();
  const items = (what: string, count: number) =>
    Array.from({ length: count }, (_, n) => ({
      text: text(n + 1, what),
      saidBy: 'Jo Fairweather',
      childIds: [],
      professionalsOnly: n % 10 === 9,
    }));
  return {
    ...base,
    worries: Array.from({ length: 120 }, (_, n) => ({
      ...(base.worries[0] ?? { tag: null, source: null, saidBy: null, childIds: [] }),
      kind: (['past-harm', 'future-danger', 'impact'] as const)[n % 3] ?? 'impact',
      text: text(n + 1, 'Worry'),
      professionalsOnly: false,
    })),
    workingWell: items('Working well', 80),
    greyAreas: items('Grey area', 60),
    childsVoice: items('Voice', 20),
    parentsView: items('View', 20),
    genogram: model,
    genogramSvg: genogramToSvg(model, { referenceYear: 2026 }),
    plan: Array.from({ length: 20 }, (_, n) => ({
      ...(base.plan[n % base.plan.length] ?? base.plan[0] ?? ({} as never)),
      task: `Task ${n + 1}: ${base.plan[n % base.plan.length]?.task ?? ''}`,
    })),
  };
}

/** Every piece of the board's and the plan's text this audience may see. */
export function boardTexts(m: Minutes): string[] {
  const shown = <T extends { professionalsOnly: boolean }>(list: T[]) =>
    list.filter((i) => m.audience === 'full' || !i.professionalsOnly);
  return [
    ...shown(m.worries).map((w) => w.text),
    ...shown(m.workingWell).map((i) => i.text),
    ...shown(m.greyAreas).map((i) => i.text),
    ...shown(m.childsVoice).map((i) => i.text),
    ...shown(m.parentsView).map((i) => i.text),
    ...m.plan.flatMap((r) => [r.risk, r.outcome, r.task, r.byWhom, dateWords(r.byWhen), r.howWeWillKnow]),
    ...m.contingencyPlans.map((c) => c.text),
    ...m.attendees.map((a) => a.name),
    ...m.decisions.map((d) => d.outcomeWords),
  ];
}
