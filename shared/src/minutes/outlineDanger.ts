/**
 * Danger statements and safety goals in the minutes, after the worries, when the conference used
 * them: each statement, who it is about, its safety goal, where things are on its scale, the
 * worries it sums up (quoted from this audience's own worries, so the family's copy names none of
 * the others) and the plan rows that answer it. The plan itself carries them too (planOutline).
 */
import { andList } from '../words/andList.ts';
import { h1, type Block, type Run } from './blocks.ts';
import type { Minutes } from './types.ts';

export const DANGER_HEADING = 'Danger statements and safety goals';

export function dangerStatementBlocks(minutes: Minutes): Block[] {
  if (minutes.dangerStatements.length === 0) return [];
  return [
    h1(DANGER_HEADING),
    {
      kind: 'bullets',
      items: minutes.dangerStatements.map((d): Run[] => {
        const sums = d.worryIds
          .map((id) => minutes.worries.find((w) => w.id === id)?.text)
          .filter((t): t is string => Boolean(t));
        const about = d.childIds
          .map((id) => minutes.children.find((c) => c.id === id)?.name)
          .filter((n): n is string => Boolean(n));
        const notes = [
          about.length > 0 ? `About ${andList(about)}.` : '',
          d.safetyGoal ? `Safety goal: ${d.safetyGoal}` : 'No safety goal written yet.',
          d.scale === null ? '' : `Where things are now: ${d.scale} out of 10.`,
          sums.length > 0 ? `It sums up: ${sums.join(' / ')}` : '',
          d.answeredBy.length > 0
            ? `In the plan: ${d.answeredBy.join(' / ')}`
            : 'No plan row answers it yet.',
        ].filter(Boolean);
        return [{ text: d.text, bold: true }, ...notes.map((n) => ({ text: ` ${n}`, muted: true }))];
      }),
    },
  ];
}
