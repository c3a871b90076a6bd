/**
 * The chair's "Add someone" form: type a name, press Enter, the cursor is back in the name box for
 * the next person (people are usually listed in a run round the table). Attendance stays as last
 * chosen for the same reason; the rest starts blank each time. Its state and checks are in
 * attendeeDraft.ts.
 */
import { useId, useRef, useState } from 'react';
import { AGENCY_TYPE_LABELS, AGENCY_TYPES, ATTENDANCE, type AttendeeInput } from '@cb/shared/doc/attendance';
import { SelectField, TextField } from '../../../../components/TextField.tsx';
import { ATTENDANCE_LABELS, FLAG_LABELS } from './attendanceLabels.ts';
import {
  attendeeFromDraft,
  countsForQuoracy,
  draftAfterAttendee,
  EMPTY_ATTENDEE_DRAFT,
  type AttendeeDraft,
} from './attendeeDraft.ts';

interface Props {
  /** Adds the person; returns an error message to show, or null when added. */
  onAdd(input: AttendeeInput): string | null;
}

export function AddAttendeeForm({ onAdd }: Props) {
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<AttendeeDraft>(EMPTY_ATTENDEE_DRAFT);
  const [error, setError] = useState('');
  const set =
    <K extends keyof AttendeeDraft>(key: K) =>
    (value: AttendeeDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  return (
    <form
      className="attendance-add"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        nameRef.current?.focus();
        const checked = attendeeFromDraft(draft);
        const failed = checked.ok ? onAdd(checked.input) : checked.error;
        setError(failed ?? '');
        if (!failed) setDraft(draftAfterAttendee);
      }}
    >
      <h3 id={`${id}-heading`} className="attendance-add__heading">
        Add someone
      </h3>
      <div className="attendance-add__fields">
        <TextField
          ref={nameRef}
          label="Name"
          error={error}
          autoComplete="off"
          maxLength={120}
          value={draft.name}
          onChange={set('name')}
        />
        <TextField
          label="Role"
          autoComplete="off"
          maxLength={200}
          placeholder="e.g. Health visitor"
          value={draft.role}
          onChange={set('role')}
        />
        <TextField
          label="Agency"
          autoComplete="off"
          maxLength={200}
          value={draft.agency}
          onChange={set('agency')}
        />
        <SelectField
          label="Agency type"
          value={draft.agencyType}
          values={AGENCY_TYPES}
          labels={AGENCY_TYPE_LABELS}
          onChange={set('agencyType')}
        />
        <SelectField
          label="Attendance"
          value={draft.attendance}
          values={ATTENDANCE}
          labels={ATTENDANCE_LABELS}
          onChange={set('attendance')}
        />
      </div>
      <div className="attendance-add__foot">
        {countsForQuoracy(draft) ? (
          <label className="attendee__flag">
            <input
              type="checkbox"
              checked={draft.inDirectContact}
              onChange={(e) => set('inDirectContact')(e.target.checked)}
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
