/**
 * The "Add someone" form's state as one object, and turning it into an attendee: checked with the
 * shared schema the document writes with (attendeeInputSchema), its complaints put into the
 * form's plain words.
 */
import {
  attendeeInputSchema,
  type AgencyType,
  type Attendance,
  type AttendeeInput,
} from '@cb/shared/doc/attendance';
import { firstProblem, validate, type FromDraft } from '../../../../validation.ts';
import { COUNTED_AGENCY_TYPES } from './attendanceLabels.ts';

export interface AttendeeDraft {
  name: string;
  role: string;
  agency: string;
  agencyType: AgencyType;
  attendance: Attendance;
  inDirectContact: boolean;
}

export const EMPTY_ATTENDEE_DRAFT: AttendeeDraft = {
  name: '',
  role: '',
  agency: '',
  agencyType: 'other',
  attendance: 'present',
  inDirectContact: false,
};

/** Whether "In direct contact with the child or family" applies: only agencies quoracy counts. */
export const countsForQuoracy = (draft: AttendeeDraft) => COUNTED_AGENCY_TYPES.includes(draft.agencyType);

const PLAIN_WORDS: Record<string, string> = { name: 'Add the person’s name.' };

/** The attendee the draft describes, or what to tell the chair. */
export function attendeeFromDraft(draft: AttendeeDraft): FromDraft<AttendeeInput> {
  const input = { ...draft, inDirectContact: countsForQuoracy(draft) && draft.inDirectContact };
  const checked = validate(attendeeInputSchema, input);
  if (!checked.ok) return { ok: false, error: firstProblem(checked.fields, PLAIN_WORDS) };
  return { ok: true, input };
}

/** After someone is added: attendance stays as chosen (people are listed in a run), the rest clears. */
export function draftAfterAttendee(draft: AttendeeDraft): AttendeeDraft {
  return { ...EMPTY_ATTENDEE_DRAFT, attendance: draft.attendance };
}
