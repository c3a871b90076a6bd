/**
 * Agencies' reports for one conference: which are expected and by when (the local procedures),
 * which have come, and whether each was shared with the family and the child (or why not). The
 * admin fills it in before the day; the chair sees what is missing on the board and can mark a
 * report received there. Each row saves on its own; a refused row keeps what was typed.
 */
import { useState, type FormEvent } from 'react';
import { reportInputSchema, type ReportEntry, type ReportInput } from '@cb/shared/api';
import { call, messageOf } from '../../api.ts';
import { FormMessage } from '../../components/FormMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatCalendarDate } from '../../format.ts';
import { useApiData } from '../../hooks.ts';
import { checkBody } from '../../validation.ts';
import { missingWords, reportInputOf } from './reportWords.ts';

type Child = 'undecided' | 'yes' | 'no';
const CHILD_WORDS: Record<Child, string> = { undecided: 'Not decided', yes: 'Yes', no: 'No' };
const childOf = (v: boolean | null): Child => (v === null ? 'undecided' : v ? 'yes' : 'no');
const childValue = (c: Child): boolean | null => (c === 'undecided' ? null : c === 'yes');

function ReportRow(props: { conferenceId: string; report: ReportEntry; onSaved(r: ReportEntry): void }) {
  const { conferenceId, report, onSaved } = props;
  const [draft, setDraft] = useState<ReportInput>(() => reportInputOf(report));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ReportInput>(key: K, value: ReportInput[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const name = report.agency;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkBody(reportInputSchema, draft);
    if (!checked.ok) return setError(Object.values(checked.fields).join(' '));
    setBusy(true);
    try {
      onSaved(await call('updateReport', { id: conferenceId, reportId: report.id }, checked.body));
      setError('');
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className={`report ${report.missing ? 'report--missing' : ''}`}>
      <form className="report__form" onSubmit={(e) => void save(e)} aria-label={`Report from ${name}`}>
        <p className="report__agency">
          <strong>{name}</strong>
          {report.author ? ` (${report.author})` : ''} · due {formatCalendarDate(report.expectedBy)}
          {report.missing ? <span className="badge badge--late">Not received</span> : null}
          {report.late ? <span className="muted"> · came late</span> : null}
        </p>
        <label className="report__field">
          <span>Received on</span>
          <input
            type="date"
            aria-label={`Received on, ${name}`}
            value={draft.receivedOn ?? ''}
            onChange={(e) => set('receivedOn', e.target.value || null)}
          />
        </label>
        <label className="report__field">
          <span>Shared with the family on</span>
          <input
            type="date"
            aria-label={`Shared with the family on, ${name}`}
            value={draft.sharedWithFamilyOn ?? ''}
            onChange={(e) => set('sharedWithFamilyOn', e.target.value || null)}
          />
        </label>
        <label className="report__field">
          <span>Shared with the child</span>
          <select
            aria-label={`Shared with the child, ${name}`}
            value={childOf(draft.sharedWithChild)}
            onChange={(e) => set('sharedWithChild', childValue(e.target.value as Child))}
          >
            {(Object.keys(CHILD_WORDS) as Child[]).map((c) => (
              <option key={c} value={c}>
                {CHILD_WORDS[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="report__field report__field--wide">
          <span>If not shared, why</span>
          <input
            type="text"
            aria-label={`If not shared, why, ${name}`}
            maxLength={500}
            value={draft.notSharedReason}
            onChange={(e) => set('notSharedReason', e.target.value)}
          />
        </label>
        <button type="submit" className="button button--secondary button--small" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <p className="field__error" aria-live="polite">
          {error}
        </p>
      </form>
    </li>
  );
}

/** `rule`: the local rule the reports' due dates follow, in words (once known). */
export function ReportsPanel({ conferenceId, rule }: { conferenceId: string; rule: string | null }) {
  const reports = useApiData('listReports', { id: conferenceId });
  const [agency, setAgency] = useState('');
  const [author, setAuthor] = useState('');
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkBody(
      reportInputSchema,
      { agency, author },
      { agency: 'Say which agency the report is from.' },
    );
    if (!checked.ok) return setMessage({ tone: 'error', text: Object.values(checked.fields).join(' ') });
    try {
      const added = await call('addReport', { id: conferenceId }, checked.body);
      reports.update((list) => [...list, added]);
      setAgency('');
      setAuthor('');
      setMessage({
        tone: 'success',
        text: `A report from ${added.agency} is expected by ${formatCalendarDate(added.expectedBy)}.`,
      });
    } catch (e) {
      setMessage({ tone: 'error', text: messageOf(e) });
    }
  };

  return (
    <section className="panel reports" aria-labelledby="reports-heading">
      <h2 id="reports-heading">Reports</h2>
      {rule ? <p className="muted">Due dates follow the rule: {rule}.</p> : null}
      {reports.loadable.state === 'loading' ? <Loading what="the reports" /> : null}
      {reports.loadable.state === 'failed' ? (
        <FormMessage tone="error">{messageOf(reports.loadable.error)}</FormMessage>
      ) : null}
      {reports.loadable.state === 'loaded' ? (
        <>
          <p role="status">{missingWords(reports.loadable.data)}</p>
          <ul className="plain-list reports__list">
            {reports.loadable.data.map((r) => (
              <ReportRow
                key={r.id}
                conferenceId={conferenceId}
                report={r}
                onSaved={(saved) =>
                  reports.update((list) => list.map((x) => (x.id === saved.id ? saved : x)))
                }
              />
            ))}
          </ul>
        </>
      ) : null}
      <form className="form-row reports__add" onSubmit={(e) => void add(e)} aria-label="Expect a report">
        <label className="report__field">
          <span>Agency</span>
          <input type="text" maxLength={200} value={agency} onChange={(e) => setAgency(e.target.value)} />
        </label>
        <label className="report__field">
          <span>Written by (optional)</span>
          <input type="text" maxLength={120} value={author} onChange={(e) => setAuthor(e.target.value)} />
        </label>
        <button type="submit" className="button button--secondary">
          Expect a report
        </button>
      </form>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
    </section>
  );
}
