/**
 * "Invite people": everyone at once, a row each (name, job or relationship, agency, kind, email,
 * a professional's manager), a link each. Family rows get a family link, everyone else a
 * professional one. The links are shown once, each with Copy and Email (the admin's own mail
 * program, to the person and their manager); the board's attendance fills in from these rows.
 */
import { useState, type FormEvent } from 'react';
import { invitePeopleSchema, type Invitation } from '@cb/shared/api';
import { AGENCY_TYPE_LABELS, AGENCY_TYPES, type AgencyType } from '@cb/shared/doc/agencyTypes';
import { call } from '../../api.ts';
import { LinkToSend } from './LinkToSend.tsx';
import { FormMessage } from '../../components/FormMessage.tsx';
import { useSubmit } from '../../useSubmit.ts';
import { checkBody } from '../../validation.ts';

interface Row {
  key: number;
  name: string;
  jobRole: string;
  agency: string;
  agencyType: AgencyType;
  email: string;
  managerEmail: string;
}

let nextKey = 1;
const emptyRow = (): Row => ({
  key: nextKey++,
  name: '',
  jobRole: '',
  agency: '',
  agencyType: 'other-agency',
  email: '',
  managerEmail: '',
});

const WORDING = { 'people.*.name': 'Enter the person’s name, or remove the row.' };

export function InvitePeopleForm(props: { conferenceId: string; title: string; onInvited(): void }) {
  const { conferenceId, title, onInvited } = props;
  const [rows, setRows] = useState<Row[]>(() => [emptyRow()]);
  const [made, setMade] = useState<Invitation[]>([]);
  const { errors, message, busy, submit } = useSubmit();
  const change = (key: number, patch: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const people = rows.map((r) => ({
      name: r.name,
      jobRole: r.jobRole,
      agency: r.agency,
      agencyType: r.agencyType,
      linkRole: r.agencyType === 'family' ? ('family' as const) : ('professional' as const),
      email: r.email.trim(),
      managerEmail: r.agencyType === 'family' ? '' : r.managerEmail.trim(),
    }));
    const result = await submit(checkBody(invitePeopleSchema, { people }, WORDING), (body) =>
      call('invitePeople', { id: conferenceId }, body),
    );
    if (!result) return;
    setMade(result);
    setRows([emptyRow()]);
    onInvited();
  };

  const field = (
    r: Row,
    i: number,
    key: 'name' | 'jobRole' | 'agency' | 'email' | 'managerEmail',
    label: string,
  ) => (
    <label className="report__field">
      <span>{label}</span>
      <input
        type={key.toLowerCase().includes('email') ? 'email' : 'text'}
        aria-label={`${label}, person ${i + 1}`}
        aria-invalid={errors[`people.${i}.${key}`] ? true : undefined}
        value={r[key]}
        onChange={(e) => change(r.key, { [key]: e.target.value })}
      />
    </label>
  );

  return (
    <section className="panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite people</h2>
      <p className="muted">
        Everyone at once: a row each. Family members get a family link; everyone else a professional link.
      </p>
      <form onSubmit={(e) => void send(e)} noValidate aria-label="Invite people">
        {message ? <FormMessage tone="error">{message}</FormMessage> : null}
        <ol className="plain-list">
          {rows.map((r, i) => (
            <li key={r.key} className="report__form">
              {field(r, i, 'name', 'Name')}
              {field(r, i, 'jobRole', 'Job or relationship')}
              <label className="report__field">
                <span>Kind</span>
                <select
                  aria-label={`Kind, person ${i + 1}`}
                  value={r.agencyType}
                  onChange={(e) => change(r.key, { agencyType: e.target.value as AgencyType })}
                >
                  {AGENCY_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {AGENCY_TYPE_LABELS[t]}
                    </option>
                  ))}
                </select>
              </label>
              {r.agencyType === 'family' ? null : field(r, i, 'agency', 'Agency')}
              {field(r, i, 'email', 'Email')}
              {r.agencyType === 'family' ? null : field(r, i, 'managerEmail', 'Manager’s email')}
              {rows.length > 1 ? (
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={`Remove person ${i + 1}`}
                  onClick={() => setRows((all) => all.filter((x) => x.key !== r.key))}
                >
                  Remove
                </button>
              ) : null}
              <p className="field__error" aria-live="polite">
                {Object.entries(errors)
                  .filter(([k]) => k.startsWith(`people.${i}.`))
                  .map(([, v]) => v)
                  .join(' ')}
              </p>
            </li>
          ))}
        </ol>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setRows((all) => [...all, emptyRow()])}
          >
            Add another person
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Making links…' : 'Make their links'}
          </button>
        </div>
      </form>
      {made.length > 0 ? (
        <div className="stack" role="region" aria-label="New links">
          <FormMessage tone="success">
            {`${made.length === 1 ? 'One link has' : `${made.length} links have`} been made. Each is shown only once: copy or email them now.`}
          </FormMessage>
          <ul className="plain-list">
            {made.map((i) => (
              <li key={i.id} className="report__form">
                <LinkToSend label={`Link for ${i.person.name}`} url={i.url} person={i.person} title={title} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
