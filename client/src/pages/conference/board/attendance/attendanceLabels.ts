/** Plain words for attendance on the board, shared by the chair's and the followers' views. */
import type { Attendance, Attendee } from '@cb/shared/doc/attendance';
import { PROFESSIONAL_AGENCIES } from '@cb/shared/quoracy';

/** What the chair picks from. */
export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  present: 'In the room',
  remote: 'Joining remotely',
  apologies: 'Sent apologies',
  absent: 'Not here',
};

/** The ticks on each attendee, in the order the chair's card shows them. */
export const FLAG_LABELS = {
  reportReceived: 'Report received',
  reportSharedWithFamily: 'Report shared with the family',
  inDirectContact: 'In direct contact with the child or family',
  coreGroup: 'Core group',
  leadSocialWorker: 'Lead social worker',
} as const satisfies Partial<Record<keyof Attendee, string>>;

export type Flag = keyof typeof FLAG_LABELS;
export const FLAGS = Object.keys(FLAG_LABELS) as Flag[];

/** Someone taking part, in the room or from elsewhere. */
export const isHere = (a: Pick<Attendee, 'attendance'>) =>
  a.attendance === 'present' || a.attendance === 'remote';

/** "Social worker, Northshire Children’s Services", or whichever part is filled in. */
export function roleAndAgency(a: Pick<Attendee, 'role' | 'agency'>): string {
  return [a.role, a.agency].filter((s) => s.trim()).join(', ');
}

/** The kinds of agency quoracy counts (the rule's own list); only these get the "in direct contact" tick. */
export const COUNTED_AGENCY_TYPES = PROFESSIONAL_AGENCIES;
