/**
 * What happens next, for everyone: who is in the core group (the people who work with the family
 * on the plan) and the dates that follow the conference, each one a calendar file to download.
 */
import type { Procedures } from '@cb/shared/procedures';
import type { ConferenceKind } from '@cb/shared/api';
import type { Attendee } from '@cb/shared/doc/attendance';
import { londonDate } from '@cb/shared/londonDate';
import type { MeetingKey, Meetings } from '@cb/shared/doc/meetings';
import { AgreedMeeting } from './AgreedMeeting.tsx';
import type { DecisionState } from '../commands/decision.ts';
import { calendarFile, calendarFileName, nextDates, type NextDate } from './calendar.ts';
import { dateInWords } from './words.ts';

interface Props {
  conferenceId: string;
  kind: ConferenceKind;
  scheduledAt: string;
  procedures?: Procedures;
  attendees: Attendee[];
  decisions: DecisionState[];
  /** The meetings the conference agreed (the first core group, the review). */
  meetings: Meetings;
  /** The chair's: records an agreed meeting; null for everyone else. */
  onSetMeeting: ((key: MeetingKey, at: string | null) => string | null) | null;
}

const MEETING_OF: Partial<Record<NextDate['key'], MeetingKey>> = {
  'first-core-group': 'firstCoreGroupAt',
  'review-conference': 'reviewConferenceAt',
  'next-core-group': 'nextCoreGroupAt',
};

/**
 * A link that makes the calendar file when it is followed (so the stamp is the moment of download)
 * and lets go of it soon after. Keyboard and screen readers meet an ordinary link.
 */
function CalendarLink({
  item,
  conferenceId,
  heldOn,
  at,
}: {
  item: NextDate;
  conferenceId: string;
  heldOn: string;
  /** The agreed date and time, when there is one. */
  at: string | null;
}) {
  return (
    <a
      className="decision-dates__download"
      href={`#${item.key}`}
      download={calendarFileName(item)}
      onClick={(e) => {
        const file = new Blob([calendarFile(conferenceId, item, heldOn, new Date(), at)], {
          type: 'text/calendar;charset=utf-8',
        });
        const url = URL.createObjectURL(file);
        e.currentTarget.href = url;
        window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
      }}
    >
      Download to calendar<span className="visually-hidden">: {item.what}</span>
    </a>
  );
}

export function WhatHappensNext({
  conferenceId,
  kind,
  scheduledAt,
  procedures,
  attendees,
  decisions,
  meetings,
  onSetMeeting,
}: Props) {
  const coreGroup = attendees.filter((a) => a.coreGroup);
  const { dates, notes } = nextDates(kind, scheduledAt, procedures);
  const heldOn = londonDate(scheduledAt);
  const decided = decisions.length > 0 && decisions.every((d) => d.outcome !== null);
  // A core group and a review conference follow only a child protection plan.
  // A core group is the plan carried on: what follows it follows a plan.
  const plan = kind === 'core-group' || decisions.some((d) => d.outcome === 'child-protection-plan');
  const planDates = plan || !decided;
  const shown = dates.filter((d) => planDates || !d.planOnly);

  return (
    <div className="decision-next">
      {/* A core group's region is itself called this. */}
      {kind === 'core-group' ? null : <h3>What happens next</h3>}
      {planDates ? (
        <>
          <h4 className="section__subheading">The core group</h4>
          <p>The people who will work with the family on the plan{plan ? '' : ', if a plan is made'}.</p>
          {coreGroup.length === 0 ? (
            <p className="section__empty">The core group has not been chosen yet.</p>
          ) : (
            <ul className="decision-core">
              {coreGroup.map((a) => (
                <li key={a.id}>
                  <strong>{a.name}</strong>
                  {[a.role, a.agency].filter(Boolean).length > 0 ? (
                    <span className="muted">, {[a.role, a.agency].filter(Boolean).join(', ')}</span>
                  ) : null}
                  {a.leadSocialWorker ? (
                    <span className="decision-core__lead">Lead social worker</span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p>No child protection plan was made, so there is no core group or review conference.</p>
      )}
      <h4 className="section__subheading">Dates</h4>
      <ul className="decision-dates">
        {shown.map((item) => (
          <li key={item.key} className="decision-dates__item">
            <span>
              {item.what}
              {!plan && item.planOnly ? ' (if a plan is made)' : ''}: by{' '}
              <strong>{dateInWords(item.date)}</strong>
              <span className="decision-dates__rule">Rule: {item.rule}.</span>
            </span>
            <CalendarLink
              item={item}
              conferenceId={conferenceId}
              heldOn={heldOn}
              at={MEETING_OF[item.key] ? meetings[MEETING_OF[item.key] as MeetingKey] : null}
            />
            {MEETING_OF[item.key] ? (
              <AgreedMeeting
                what={item.what}
                dueBy={item.date}
                at={meetings[MEETING_OF[item.key] as MeetingKey]}
                onSet={onSetMeeting ? (at) => onSetMeeting(MEETING_OF[item.key] as MeetingKey, at) : null}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {notes.map((n) => (
        <p key={n} className="muted">
          {n}
        </p>
      ))}
    </div>
  );
}
