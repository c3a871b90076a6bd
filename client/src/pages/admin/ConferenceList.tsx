/** The conferences a member of staff can see, soonest first. */
import type { Conference } from '@cb/shared/api';
import { AppLink } from '../../components/AppLink.tsx';
import { formatDateTime } from '../../format.ts';
import { CONFERENCE_STATUS_LABELS, KIND_SHORT_LABELS } from '../../labels.ts';

export function ConferenceList({ conferences }: { conferences: Conference[] }) {
  if (conferences.length === 0) {
    return <p className="empty">No conferences yet.</p>;
  }
  const sorted = [...conferences].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Conferences, soonest first</caption>
        <thead>
          <tr>
            <th scope="col">Conference</th>
            <th scope="col">Type</th>
            <th scope="col">Date and time</th>
            <th scope="col">Status</th>
            <th scope="col">Children</th>
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
              </td>
              <td>{conference.children.map((child) => child.name).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
