/**
 * What the family's screen and the room's say once the chair has closed the conference: that the
 * meeting has ended, the outcome for each child in plain words, when and how the plan and the
 * written record will reach them. What happens next in full (the core group, every date, calendar
 * files) follows in the decision region, which these screens show first once it is over.
 */
import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { ConferenceKind } from '@cb/shared/api';
import { outcomeWords } from '@cb/shared/doc/decisions';
import type { ChildRecord } from '@cb/shared/doc/schema';
import type { Procedures } from '@cb/shared/procedures';
import { nextDates } from './calendar.ts';
import { useDecisionData } from './useDecisionData.ts';
import { dateInWords } from './words.ts';
import '../../../../styles/decision.css';

interface Props {
  publicDoc: Y.Doc;
  children: ChildRecord[];
  kind: ConferenceKind;
  scheduledAt: string;
  procedures?: Procedures;
}

export function EndScreen({ publicDoc, children, kind, scheduledAt, procedures }: Props) {
  const { decisions } = useDecisionData(publicDoc, null);
  const due = useMemo(() => {
    const { dates } = nextDates(kind, scheduledAt, procedures);
    return {
      plan: dates.find((d) => d.key === 'plan-sent')?.date ?? null,
      minutes: dates.find((d) => d.key === 'minutes-sent')?.date ?? null,
    };
  }, [kind, scheduledAt, procedures]);
  const planMade = kind === 'core-group' || decisions.some((d) => d.outcome === 'child-protection-plan');

  return (
    <section className="end-screen" aria-labelledby="end-screen-heading">
      <h2 id="end-screen-heading">The meeting has ended</h2>
      <p>Thank you for taking part. Nothing more will be added to the board.</p>
      {/* A core group makes no decision: the plan carries on, and the next meeting is below. */}
      <ul className="end-screen__outcomes">
        {(kind === 'core-group' ? [] : children).map((child) => {
          const d = decisions.find((x) => x.childId === child.id);
          return (
            <li key={child.id}>
              {d?.outcome
                ? outcomeWords(d.outcome, d.category, child.name)
                : `No decision was recorded for ${child.name} on this board.`}
            </li>
          );
        })}
      </ul>
      <h3>How you will get the plan</h3>
      <p>
        {planMade && due.plan ? (
          <>
            The plan will be sent to you by <strong>{dateInWords(due.plan)}</strong>.{' '}
          </>
        ) : null}
        {due.minutes ? (
          <>
            The written record of this meeting (the minutes) will be sent by{' '}
            <strong>{dateInWords(due.minutes)}</strong>.{' '}
          </>
        ) : null}
        They come from the conference office, by email or by post. If something has not arrived, or you have a
        question, ask your social worker.
      </p>
    </section>
  );
}
