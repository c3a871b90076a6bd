/**
 * The conferences a member of staff can see, soonest first, with what is due when (the local
 * procedures' timescales): whether it was booked later than the strategy discussion allows; the
 * plan to everyone, the family's letter and the minutes (sent, due or overdue once it has closed);
 * and, when a child protection plan is made (or may yet be), the first core group and the review;
 * after any other outcome, what follows instead. Filters by status and by name, because an office
 * holds many.
 */
import { useState } from 'react';
import type { Conference, ConferenceStatus } from '@cb/shared/api';
import { DEFAULT_PROCEDURES, ruleWords, type DateRule, type Procedures } from '@cb/shared/procedures';
import { conferenceDates, londonDate } from '@cb/shared/workingDays';
import { AppLink } from '../../components/AppLink.tsx';
import { formatCalendarDate, formatDateTime } from '../../format.ts';
import { CONFERENCE_STATUS_LABELS, KIND_SHORT_LABELS } from '../../labels.ts';

type StatusFilter = 'all' | ConferenceStatus;

/** The local rule a date came from: its timescale in short, the whole rule on hover. */
function Rule({ rule }: { rule: DateRule | undefined }) {
  if (!rule) return null;
  return (
    <span className="due__rule" title={rule.words}>
      {`Rule: ${rule.short}`}
    </span>
  );
}

function Due(props: { label: string; date: string | null; today: string; rule?: DateRule | undefined }) {
  const { label, date, today, rule } = props;
  if (!date) return null;
  const when = date < today ? ' (passed)' : date === today ? ' (today)' : '';
  return (
    <li className={date <= today ? 'due due--now' : 'due'}>
      {label}: {formatCalendarDate(date)}
      {when}
      <Rule rule={rule} />
    </li>
  );
}

/** A document to send once the conference has closed: sent (and when), or due, or overdue. */
function ToSend(props: { label: string; due: string; sent: string | null; today: string; rule: DateRule }) {
  const { label, due, sent, today, rule } = props;
  if (sent) return <li className="due due--done">{`${label}: sent ${formatCalendarDate(sent)}`}</li>;
  const when = due < today ? ' (overdue)' : due === today ? ' (today)' : '';
  return (
    <li className={due < today ? 'due due--late' : due === today ? 'due due--now' : 'due'}>
      {`${label}: due ${formatCalendarDate(due)}${when}`}
      <Rule rule={rule} />
    </li>
  );
}

/** What is due for one conference, each date with the local rule it came from. */
function Dues({
  conference,
  procedures,
  today,
}: {
  conference: Conference;
  procedures: Procedures;
  today: string;
}) {
  // What follows the conference (core group, review) only once a plan is made.
  const dates = conferenceDates(
    conference.kind,
    londonDate(conference.scheduledAt),
    null,
    conference.outcomes ?? undefined,
    procedures,
  );
  const closed = conference.status === 'closed';
  const ifPlan =
    conference.outcomes === null && conference.kind !== 'core-group' ? ', if a plan is made' : '';
  return (
    <ul className="plain-list dues">
      {conference.dueBy ? (
        <li className={conference.bookedLate ? 'due due--late' : 'due'}>
          {`Conference due by ${formatCalendarDate(conference.dueBy)}`}
          {conference.bookedLate ? ': booked after that' : ''}
          <Rule
            rule={{
              words: ruleWords(procedures, 'initialConferenceWithinWorkingDays'),
              short: `${procedures.initialConferenceWithinWorkingDays} working days after the ${conference.kind === 'transfer-in' ? 'notification' : 'strategy discussion'}`,
            }}
          />
        </li>
      ) : null}
      {closed ? (
        <>
          <ToSend
            label="Plan to everyone"
            due={dates.planDueBy}
            rule={dates.rules.planDueBy}
            sent={conference.sent.plan}
            today={today}
          />
          <ToSend
            label="Family’s letter"
            due={dates.letterDueBy}
            rule={dates.rules.letterDueBy}
            sent={conference.sent.letter}
            today={today}
          />
          <ToSend
            label="Minutes"
            due={dates.minutesDueBy}
            rule={dates.rules.minutesDueBy}
            sent={conference.sent.minutes}
            today={today}
          />
        </>
      ) : (
        <>
          <Due label="Plan to everyone" date={dates.planDueBy} rule={dates.rules.planDueBy} today={today} />
          <Due label="Minutes" date={dates.minutesDueBy} rule={dates.rules.minutesDueBy} today={today} />
        </>
      )}
      <Due
        label={`First core group${ifPlan}`}
        date={dates.firstCoreGroupBy}
        rule={dates.rules.firstCoreGroupBy}
        today={today}
      />
      <Due
        label="Next core group"
        date={dates.nextCoreGroupBy}
        rule={dates.rules.nextCoreGroupBy}
        today={today}
      />
      <Due
        label={`Review${ifPlan}`}
        date={dates.reviewConferenceBy}
        rule={dates.rules.reviewConferenceBy}
        today={today}
      />
      {dates.notes.map((note) => (
        <li key={note} className="due due--note">
          {note}
        </li>
      ))}
    </ul>
  );
}

interface Props {
  conferences: Conference[];
  /** The authority's timescales (the guidance's until they have loaded). */
  procedures?: Procedures | undefined;
}

export function ConferenceList({ conferences, procedures = DEFAULT_PROCEDURES }: Props) {
  const [status, setStatus] = useState<StatusFilter>('all');
  const [words, setWords] = useState('');
  if (conferences.length === 0) {
    return <p className="empty">No conferences yet.</p>;
  }
  const today = londonDate(new Date());
  const needle = words.trim().toLowerCase();
  const sorted = [...conferences]
    .filter((c) => status === 'all' || c.status === status)
    .filter(
      (c) =>
        !needle ||
        c.title.toLowerCase().includes(needle) ||
        c.children.some((child) => child.name.toLowerCase().includes(needle)),
    )
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  return (
    <>
      <div className="filters" role="group" aria-label="Filter the conferences">
        <label>
          Status{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
            <option value="all">All</option>
            {(Object.keys(CONFERENCE_STATUS_LABELS) as ConferenceStatus[]).map((s) => (
              <option key={s} value={s}>
                {CONFERENCE_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Name or child <input type="search" value={words} onChange={(e) => setWords(e.target.value)} />
        </label>
        <p className="muted" aria-live="polite">
          Showing {sorted.length} of {conferences.length}
        </p>
      </div>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Conferences, soonest first, with what is due</caption>
          <thead>
            <tr>
              <th scope="col">Conference</th>
              <th scope="col">Type</th>
              <th scope="col">Date and time</th>
              <th scope="col">Status</th>
              <th scope="col">Children</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((conference) => (
              <tr key={conference.id}>
                <th scope="row">
                  <AppLink href={`/admin/conferences/${conference.id}`}>{conference.title}</AppLink>
                </th>
                <td>{KIND_SHORT_LABELS[conference.kind]}</td>
                <td>{formatDateTime(conference.scheduledAt)}</td>
                <td>
                  <span className={`badge badge--${conference.status}`}>
                    {CONFERENCE_STATUS_LABELS[conference.status]}
                  </span>
                  {conference.bookedLate ? <span className="badge badge--late">Booked late</span> : null}
                </td>
                <td>{conference.children.map((child) => child.name).join(', ')}</td>
                <td>
                  <Dues conference={conference} procedures={procedures} today={today} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
