/**
 * One person on the chair's attendance list, every field editable where it stands; attendance sits
 * next to the name because it is what changes during the meeting. Each control's accessible name
 * ends with the person's name ("Attendance for Nadia Okafor"), because a screen reader user
 * tabbing through the list hears the control alone, not the card around it.
 */
import {
  AGENCY_TYPE_LABELS,
  AGENCY_TYPES,
  ATTENDANCE,
  PARENTAL_RESPONSIBILITY,
  type AgencyType,
  type Attendance,
  type Attendee,
  type AttendeePatch,
  type ParentalResponsibility,
} from '@cb/shared/doc/attendance';
import {
  ATTENDANCE_LABELS,
  COUNTED_AGENCY_TYPES,
  FLAG_LABELS,
  FLAGS,
  type Flag,
} from './attendanceLabels.ts';
import { DraftInput } from './DraftFields.tsx';

/**
 * Which ticks make sense for this person. A tick already set is always shown so it can be undone;
 * otherwise "in direct contact" only for agencies quoracy can count, "lead social worker" only
 * for children's social care, so a family member's card is not a wall of boxes that mean nothing.
 */
function flagsFor(a: Attendee): Flag[] {
  return FLAGS.filter((flag) => {
    if (a[flag]) return true;
    if (flag === 'inDirectContact') return COUNTED_AGENCY_TYPES.includes(a.agencyType);
    if (flag === 'leadSocialWorker') return a.agencyType === 'childrens-social-care';
    return true;
  });
}

const PR_WORDS: Record<ParentalResponsibility, string> = {
  unknown: 'Not recorded',
  yes: 'Yes',
  no: 'No',
};

/** A family member's optional details: parental responsibility, ethnicity, first language. */
function FamilyFields({ attendee: a, onChange }: Pick<Props, 'attendee' | 'onChange'>) {
  const who = a.name;
  return (
    <>
      <label className="attendee__field">
        <span className="attendee__label">Parental responsibility</span>
        <select
          aria-label={`Parental responsibility for ${who}`}
          value={a.parentalResponsibility}
          onChange={(e) => onChange({ parentalResponsibility: e.target.value as ParentalResponsibility })}
        >
          {PARENTAL_RESPONSIBILITY.map((v) => (
            <option key={v} value={v}>
              {PR_WORDS[v]}
            </option>
          ))}
        </select>
      </label>
      <label className="attendee__field">
        <span className="attendee__label">Ethnicity (optional)</span>
        <DraftInput
          aria-label={`Ethnicity for ${who}`}
          value={a.ethnicity}
          maxLength={200}
          onCommit={(ethnicity) => onChange({ ethnicity })}
        />
      </label>
      <label className="attendee__field">
        <span className="attendee__label">First language (optional)</span>
        <DraftInput
          aria-label={`First language for ${who}`}
          value={a.firstLanguage}
          maxLength={200}
          onCommit={(firstLanguage) => onChange({ firstLanguage })}
        />
      </label>
    </>
  );
}

interface Props {
  attendee: Attendee;
  onChange(patch: AttendeePatch): void;
  onRemove(): void;
}

export function AttendeeCard({ attendee: a, onChange, onRemove }: Props) {
  const who = a.name;
  return (
    <li className={`attendee attendee--${a.attendance}`}>
      {/* A form of its own, so that Chromium's autofill, which looks over the focused field's
          form at each keystroke, looks over these fields and not every formless control on the
          board (over a thousand on a long one; see tests/bench/typing.ts). */}
      <form className="attendee__form" onSubmit={(e) => e.preventDefault()}>
        <div className="attendee__fields">
          <label className="attendee__field attendee__field--name">
            <span className="attendee__label">Name</span>
            <DraftInput
              aria-label={`Name for ${who}`}
              value={a.name}
              maxLength={120}
              onCommit={(name) => onChange({ name })}
            />
          </label>
          <label className="attendee__field">
            <span className="attendee__label">Attendance</span>
            <select
              aria-label={`Attendance for ${who}`}
              value={a.attendance}
              onChange={(e) => onChange({ attendance: e.target.value as Attendance })}
            >
              {ATTENDANCE.map((t) => (
                <option key={t} value={t}>
                  {ATTENDANCE_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
          <label className="attendee__field">
            <span className="attendee__label">Role</span>
            <DraftInput
              aria-label={`Role for ${who}`}
              value={a.role}
              maxLength={200}
              placeholder="e.g. Social worker"
              onCommit={(role) => onChange({ role })}
            />
          </label>
          <label className="attendee__field">
            <span className="attendee__label">Agency</span>
            <DraftInput
              aria-label={`Agency for ${who}`}
              value={a.agency}
              maxLength={200}
              onCommit={(agency) => onChange({ agency })}
            />
          </label>
          <label className="attendee__field">
            <span className="attendee__label">Agency type</span>
            <select
              aria-label={`Agency type for ${who}`}
              value={a.agencyType}
              onChange={(e) => onChange({ agencyType: e.target.value as AgencyType })}
            >
              {AGENCY_TYPES.map((t) => (
                <option key={t} value={t}>
                  {AGENCY_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
          {a.agencyType === 'family' ? <FamilyFields attendee={a} onChange={onChange} /> : null}
        </div>
        <div className="attendee__foot">
          <div className="attendee__flags">
            {flagsFor(a).map((flag) => (
              <label key={flag} className="attendee__flag">
                <input
                  type="checkbox"
                  aria-label={`${FLAG_LABELS[flag]} for ${who}`}
                  checked={a[flag]}
                  onChange={(e) => onChange({ [flag]: e.target.checked })}
                />
                {FLAG_LABELS[flag]}
              </label>
            ))}
          </div>
          <button
            type="button"
            className="button button--small button--quiet attendee__remove"
            aria-label={`Remove ${who}`}
            onClick={onRemove}
          >
            Remove
          </button>
        </div>
      </form>
    </li>
  );
}
