/**
 * Attendance for those who follow the board. Professionals (and an administrator looking on) see
 * the whole list as a table. The family and the room screen see only who is here, by name and
 * role, in large calm type: no agency types, reports or quoracy, which are the professionals'
 * business and would read as a judgement of the people in the room.
 */
import type { Attendee } from '@cb/shared/doc/attendance';
import { ATTENDANCE_LABELS, isHere, roleAndAgency } from './attendanceLabels.ts';

function reportWords(a: Attendee): string {
  if (!a.reportReceived) return '';
  return a.reportSharedWithFamily
    ? 'Received, shared with the family'
    : 'Received, not yet shared with the family';
}

export function ProfessionalList({ attendees }: { attendees: Attendee[] }) {
  if (attendees.length === 0) return <p className="section__empty">The chair has not listed anyone yet.</p>;
  // On a phone the four columns are wider than the screen: the table scrolls on its own (focusable,
  // so it scrolls from the keyboard too) rather than pushing the whole board sideways.
  return (
    <div className="attendance-table__wrap" tabIndex={0} role="group" aria-label="Attendance table">
      <table className="attendance-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role and agency</th>
            <th scope="col">Attendance</th>
            <th scope="col">Report</th>
          </tr>
        </thead>
        <tbody>
          {attendees.map((a) => (
            <tr key={a.id} className={isHere(a) ? undefined : 'attendance-table__away'}>
              <th scope="row">
                {a.name}
                {a.leadSocialWorker ? (
                  <span className="attendance-table__tag"> (lead social worker)</span>
                ) : null}
              </th>
              <td>{roleAndAgency(a)}</td>
              <td>{ATTENDANCE_LABELS[a.attendance]}</td>
              <td>
                {reportWords(a) || (
                  <>
                    <span aria-hidden="true">–</span>
                    <span className="visually-hidden">No report</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PeopleHereList({ attendees, large }: { attendees: Attendee[]; large: boolean }) {
  const here = attendees.filter(isHere);
  if (here.length === 0) return <p className="section__empty">The chair will list who is here.</p>;
  return (
    <ul className={`people-here${large ? ' people-here--large' : ''}`}>
      {here.map((a) => (
        <li key={a.id} className="people-here__person">
          <span className="people-here__name">{a.name}</span>
          {a.role.trim() ? <span className="people-here__role">{a.role}</span> : null}
          {a.attendance === 'remote' ? <span className="people-here__remote">Joining remotely</span> : null}
        </li>
      ))}
    </ul>
  );
}
