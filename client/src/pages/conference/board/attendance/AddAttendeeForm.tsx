/**
 * The chair's "Add someone" form: type a name, press Enter, the cursor is back in the name box for
 * the next person (people are usually listed in a run round the table). Attendance stays as last
 * chosen for the same reason; the rest starts blank each time.
 */
import { useId, useRef, useState } from 'react';
import {
  AGENCY_TYPE_LABELS,
  AGENCY_TYPES,
  ATTENDANCE,
  type AgencyType,
  type Attendance,
  type NewAttendee,
} from '@cb/shared/doc/attendance';
import { ATTENDANCE_LABELS, COUNTED_AGENCY_TYPES, FLAG_LABELS } from './attendanceLabels.ts';

interface Props {
  /** Adds the person; returns an error message to show, or null when added. */
  onAdd(input: Omit<NewAttendee, 'id'>): string | null;
}

export function AddAttendeeForm({ onAdd }: Props) {
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [agency, setAgency] = useState('');
  const [agencyType, setAgencyType] = useState<AgencyType>('other');
  const [attendance, setAttendance] = useState<Attendance>('present');
  const [inDirectContact, setInDirectContact] = useState(false);
  const [error, setError] = useState('');
  const countable = COUNTED_AGENCY_TYPES.includes(agencyType);

  return (
    <form
      className="attendance-add"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        nameRef.current?.focus();
        if (!name.trim()) {
          setError('Add the person’s name.');
          return;
        }
        const failed = onAdd({
          name,
          role,
          agency,
          agencyType,
          attendance,
          inDirectContact: countable && inDirectContact,
        });
        setError(failed ?? '');
        if (failed) return;
        setName('');
        setRole('');
        setAgency('');
        setAgencyType('other');
        setInDirectContact(false);
      }}
    >
      <h3 id={`${id}-heading`} className="attendance-add__heading">
        Add someone
      </h3>
      <div className="attendance-add__fields">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-name`}>
            Name
          </label>
          <input
            ref={nameRef}
            id={`${id}-name`}
            type="text"
            autoComplete="off"
            maxLength={120}
            value={name}
            onChange={(e) => setName(e.target.value)}
            {...(error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {})}
          />
          <p className="field__error" id={`${id}-error`} aria-live="polite">
            {error}
          </p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-role`}>
            Role
          </label>
          <input
            id={`${id}-role`}
            type="text"
            autoComplete="off"
            maxLength={200}
            placeholder="e.g. Health visitor"
            value={role}
            onChange={(e) => setRole(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-agency`}>
            Agency
          </label>
          <input
            id={`${id}-agency`}
            type="text"
            autoComplete="off"
            maxLength={200}
            value={agency}
            onChange={(e) => setAgency(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-type`}>
            Agency type
          </label>
          <select
            id={`${id}-type`}
            value={agencyType}
            onChange={(e) => setAgencyType(e.target.value as AgencyType)}
          >
            {AGENCY_TYPES.map((t) => (
              <option key={t} value={t}>
                {AGENCY_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-attendance`}>
            Attendance
          </label>
          <select
            id={`${id}-attendance`}
            value={attendance}
            onChange={(e) => setAttendance(e.target.value as Attendance)}
          >
            {ATTENDANCE.map((t) => (
              <option key={t} value={t}>
                {ATTENDANCE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="attendance-add__foot">
        {countable ? (
          <label className="attendee__flag">
            <input
              type="checkbox"
              checked={inDirectContact}
              onChange={(e) => setInDirectContact(e.target.checked)}
            />
            {FLAG_LABELS.inDirectContact}
          </label>
        ) : null}
        <button type="submit" className="button button--primary button--small">
          Add
        </button>
      </div>
    </form>
  );
}
