/**
 * The chair's view of agencies' reports on the board: what has come, and what has not (so that
 * a missing report is seen before the meeting relies on it), with "Received today" for a report
 * handed over in the room. Loaded from the server (the admin enters them before the day).
 */
import { useState } from 'react';
import type { ReportEntry } from '@cb/shared/api';
import { londonDate } from '@cb/shared/londonDate';
import { call, messageOf } from '../../../../api.ts';
import { useApiData } from '../../../../hooks.ts';
import { missingWords, reportInputOf } from '../../../admin/reportWords.ts';

export function ReportsNote({
  conferenceId,
  onMessage,
}: {
  conferenceId: string;
  onMessage(m: string): void;
}) {
  const reports = useApiData('listReports', { id: conferenceId });
  const [busy, setBusy] = useState<string | null>(null);
  if (reports.loadable.state !== 'loaded') return null;
  const list = reports.loadable.data;
  const received = async (r: ReportEntry) => {
    setBusy(r.id);
    try {
      const saved = await call(
        'updateReport',
        { id: conferenceId, reportId: r.id },
        { ...reportInputOf(r), receivedOn: londonDate(new Date()) },
      );
      reports.update((all) => all.map((x) => (x.id === saved.id ? saved : x)));
      onMessage(`The report from ${r.agency} is marked received today.`);
    } catch (e) {
      onMessage(messageOf(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <h3>Reports</h3>
      <p className={list.some((r) => r.missing) ? 'meeting-record__missing' : undefined}>
        {missingWords(list)}
      </p>
      {list.some((r) => r.missing) ? (
        <ul className="plain-list" aria-label="Reports not received">
          {list
            .filter((r) => r.missing)
            .map((r) => (
              <li key={r.id}>
                {r.agency}{' '}
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={`Received today: the report from ${r.agency}`}
                  aria-disabled={busy === r.id || undefined}
                  onClick={() => void received(r)}
                >
                  Received today
                </button>
              </li>
            ))}
        </ul>
      ) : null}
    </>
  );
}
