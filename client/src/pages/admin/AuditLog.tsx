/** Who did what to this conference, and when: joined, let in, exported, closed, links withdrawn. */
import { messageOf } from '../../api.ts';
import { FormMessage } from '../../components/FormMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDateTime } from '../../format.ts';
import { useApiData } from '../../hooks.ts';

/** "minutes-exported" → "Minutes exported". */
const words = (action: string) => {
  const s = action.replace(/[-.]/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
};

/** The details an admin can use: ids mean nothing to a person, and a fingerprint's start is enough. */
const detailWords = (detail: Record<string, unknown>) =>
  Object.entries(detail)
    .filter(([k, v]) => v !== null && v !== undefined && typeof v !== 'object' && !/Id$/.test(k))
    .map(([k, v]) => {
      const text = String(v);
      return `${k}: ${text.length > 16 ? `${text.slice(0, 12)}…` : text}`;
    })
    .join(', ');

export function AuditLog({ conferenceId }: { conferenceId: string }) {
  const audit = useApiData('auditLog', { id: conferenceId });
  return (
    <section className="panel" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      {audit.loadable.state === 'loading' ? <Loading what="the audit log" /> : null}
      {audit.loadable.state === 'failed' ? (
        <FormMessage tone="error">{messageOf(audit.loadable.error)}</FormMessage>
      ) : null}
      {audit.loadable.state === 'loaded' ? (
        // Focusable, so someone using a keyboard can scroll it when it is wider than the screen.
        <div className="table-wrap" tabIndex={0} role="group" aria-label="Audit log entries">
          <table className="table">
            <caption className="visually-hidden">Who did what, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {[...audit.loadable.data].reverse().map((row) => (
                <tr key={row.seq}>
                  <td>{formatDateTime(row.at)}</td>
                  <td>{row.who ?? row.actor}</td>
                  <td>{words(row.action)}</td>
                  <td>{detailWords(row.detail)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
