/**
 * "Sending out": once the conference has closed, an admin records each time the plan, the
 * family's letter or the minutes is sent (to whom, on which day), beside when each is due. Every
 * record is kept and audited; the list of conferences shows what is still due.
 */
import { useState, type FormEvent } from 'react';
import {
  DISTRIBUTED_DOCUMENTS,
  recordDistributionSchema,
  type Conference,
  type DistributedDocument,
  type DistributionEntry,
} from '@cb/shared/api';
import { londonDate } from '@cb/shared/londonDate';
import { DISTRIBUTED_WORDS } from '@cb/shared/minutes/words';
import { call, messageOf } from '../../api.ts';
import { FormMessage } from '../../components/FormMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField, TextField } from '../../components/TextField.tsx';
import { formatCalendarDate } from '../../format.ts';
import { useApiData } from '../../hooks.ts';
import { useSubmit } from '../../useSubmit.ts';
import { checkBody } from '../../validation.ts';
import { minutesSentToGp } from './gpCopy.ts';

const WORDING = { to: 'Say who it was sent to, such as “Everyone invited” or a name.' };

/** The guidance: the GP always receives the core group minutes. Said until it is recorded. */
function GpNote({ entries }: { entries: DistributionEntry[] }) {
  const sent = minutesSentToGp(entries);
  return (
    <p className={sent ? 'note' : 'note note--warning'} role="status">
      {sent
        ? 'The core group minutes are recorded as sent to the GP.'
        : 'The GP always receives the core group minutes: not yet recorded as sent to the GP.'}
    </p>
  );
}

export function DistributionPanel({ conference, onSent }: { conference: Conference; onSent(): void }) {
  const sent = useApiData('listDistribution', { id: conference.id });
  const [document, setDocument] = useState<DistributedDocument>('plan');
  const [to, setTo] = useState('');
  const [sentOn, setSentOn] = useState(() => londonDate(new Date()));
  const [done, setDone] = useState<DistributionEntry | null>(null);
  const { errors, message, busy, submit } = useSubmit({ serverFieldsMessage: 'theirs' });

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const checked = checkBody(recordDistributionSchema, { document, to, sentOn }, WORDING);
    const entry = await submit(checked, (body) => call('recordDistribution', { id: conference.id }, body));
    if (!entry) return;
    setDone(entry);
    setTo('');
    sent.update((list) => [...list, entry]);
    onSent();
  };

  return (
    <section className="panel" aria-labelledby="distribution-heading">
      <h2 id="distribution-heading">Sending out</h2>
      <p className="muted">
        Record each time the plan, the family’s letter or the minutes is sent. The list of conferences shows
        what is still due.
      </p>
      {sent.loadable.state === 'loading' ? <Loading what="what has been sent" /> : null}
      {conference.kind === 'core-group' && sent.loadable.state === 'loaded' ? (
        <GpNote entries={sent.loadable.data} />
      ) : null}
      {sent.loadable.state === 'failed' ? (
        <FormMessage tone="error">{messageOf(sent.loadable.error)}</FormMessage>
      ) : null}
      {sent.loadable.state === 'loaded' ? (
        sent.loadable.data.length === 0 ? (
          <p>Nothing has been recorded as sent yet.</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">What has been sent</caption>
              <thead>
                <tr>
                  <th scope="col">Document</th>
                  <th scope="col">Sent to</th>
                  <th scope="col">Sent on</th>
                  <th scope="col">Recorded by</th>
                </tr>
              </thead>
              <tbody>
                {sent.loadable.data.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">{DISTRIBUTED_WORDS[e.document]}</th>
                    <td>{e.to}</td>
                    <td>{formatCalendarDate(e.sentOn)}</td>
                    <td>{e.sentBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
      <form
        className="form"
        onSubmit={(event) => void send(event)}
        noValidate
        aria-label="Record something sent"
      >
        {message ? <FormMessage tone="error">{message}</FormMessage> : null}
        {done ? (
          <FormMessage tone="success">
            {`${DISTRIBUTED_WORDS[done.document]} recorded as sent to ${done.to} on ${formatCalendarDate(done.sentOn)}.`}
          </FormMessage>
        ) : null}
        <div className="form-row">
          <SelectField
            label="What was sent"
            value={document}
            values={DISTRIBUTED_DOCUMENTS}
            labels={DISTRIBUTED_WORDS}
            error={errors.document}
            onChange={setDocument}
          />
          <TextField
            label="Sent to"
            hint="A name, an agency, or “Everyone invited”."
            value={to}
            error={errors.to}
            onChange={setTo}
          />
          <TextField label="Sent on" type="date" value={sentOn} error={errors.sentOn} onChange={setSentOn} />
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Recording…' : 'Record as sent'}
        </button>
      </form>
    </section>
  );
}
