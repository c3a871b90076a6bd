/**
 * "Open a core group": on a closed conference that made a child protection plan (or a closed core
 * group), the next meeting on the plan. It opens on the plan as it stands, with the same children,
 * the core group and the contingency plans; the date it is due by (the local procedures) is shown.
 */
import { useState, type FormEvent } from 'react';
import { createConferenceSchema, type Conference } from '@cb/shared/api';
import { DEFAULT_PROCEDURES, dateRule, type Procedures } from '@cb/shared/procedures';
import { conferenceDates, londonDate } from '@cb/shared/workingDays';
import { call } from '../../api.ts';
import { FormMessage } from '../../components/FormMessage.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatCalendarDate, ukLocalToIso } from '../../format.ts';
import { navigate } from '../../navigation.ts';
import { useSubmit } from '../../useSubmit.ts';
import { checkBody } from '../../validation.ts';

/** Whether a core group can follow this meeting: closed, and a plan was made (or it is a core group). */
export function canOpenCoreGroup(c: Conference): boolean {
  if (c.status !== 'closed') return false;
  return c.kind === 'core-group' || (c.outcomes ?? []).includes('child-protection-plan');
}

export function OpenCoreGroup({ c, procedures }: { c: Conference; procedures: Procedures | null }) {
  const [when, setWhen] = useState('');
  const [chairEmail, setChairEmail] = useState('');
  const { errors, message, busy, submit } = useSubmit();
  const rules = procedures ?? DEFAULT_PROCEDURES;
  const held = londonDate(c.scheduledAt);
  const dates = conferenceDates(c.kind, held, null, c.outcomes ?? undefined, rules);
  const dueBy = c.kind === 'core-group' ? dates.nextCoreGroupBy : dates.firstCoreGroupBy;
  const rule = dateRule(rules, c.kind, c.kind === 'core-group' ? 'nextCoreGroupBy' : 'firstCoreGroupBy');

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      kind: 'core-group' as const,
      scheduledAt: ukLocalToIso(when) ?? '',
      previousConferenceId: c.id,
      ...(chairEmail.trim() ? { chairEmail: chairEmail.trim() } : {}),
    };
    const checked = checkBody(createConferenceSchema, body, {
      scheduledAt: 'Give the date and time of the core group.',
    });
    const made = await submit(checked, (b) => call('createConference', {}, b));
    if (made) navigate(`/admin/conferences/${made.id}`);
  };

  return (
    <section className="panel" aria-labelledby="core-group-heading">
      <h2 id="core-group-heading">
        {c.kind === 'core-group' ? 'The next core group' : 'The first core group'}
      </h2>
      <p>
        It opens on the plan as it stands, with the same children, the core group and the family’s contingency
        plans. {dueBy ? `It is due by ${formatCalendarDate(dueBy)} (rule: ${rule.words}).` : ''}
      </p>
      <form className="stack" aria-label="Open a core group" onSubmit={(e) => void send(e)} noValidate>
        <TextField
          label="Date and time (UK time)"
          type="datetime-local"
          error={errors.scheduledAt}
          value={when}
          onChange={setWhen}
        />
        <TextField
          label="Chaired by (staff email)"
          optional
          hint="The lead social worker or whoever your procedures name; left empty, you chair it."
          type="email"
          error={errors.chairEmail}
          value={chairEmail}
          onChange={setChairEmail}
        />
        <div>
          <button type="submit" className="button button--primary" disabled={busy}>
            Open the core group
          </button>
        </div>
        {message ? <FormMessage tone="error">{message}</FormMessage> : null}
      </form>
    </section>
  );
}
