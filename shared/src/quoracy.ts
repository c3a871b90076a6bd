/**
 * Is the conference quorate? Pure, on the plain attendance list (doc/attendance.ts).
 *
 * Our reading of the rule (Working Together; PRODUCT.md): a conference is quorate when children's
 * social care and at least two other agencies in direct contact with the child or family take part.
 *  - Taking part means attending, in the room or remotely. An agency that sent a report, or its
 *    apologies, but did not attend does not count: the rule is about who is there to share the
 *    decision, and a report cannot answer questions.
 *  - Children's social care counts when anyone from it attends (usually the social worker); it is
 *    involved with every child the conference is about, so "direct contact" is not asked of it.
 *  - The other agencies are professional ones (health, education, police, probation, housing or
 *    another agency) marked "in direct contact with the child or family". Family members, advocates and
 *    'other' (e.g. an interpreter or a note taker) never count.
 *  - Agencies are counted once each, by their name (any case), so two teachers from one school
 *    are one agency; an attendee with a blank agency counts as their kind of agency.
 * An inquorate conference may still go ahead; the chair records why (attendance.ts, quoracyNote).
 */
import type { AgencyType, Attendee } from './doc/attendance.ts';
import { AGENCY_TYPE_LABELS } from './doc/agencyTypes.ts';

export interface Quoracy {
  quorate: boolean;
  /** The agencies that count, children's social care first, as their names were written. */
  agencies: string[];
  /** Plain English: what is missing ('' when quorate). */
  missing: string;
}

/** The kinds of agency quoracy counts when in direct contact with the child or family (besides children's social care). */
export const PROFESSIONAL_AGENCIES: readonly AgencyType[] = [
  'health',
  'education',
  'police',
  'probation',
  'housing',
  'other-agency',
];

type QuoracyInput = Pick<Attendee, 'agency' | 'agencyType' | 'attendance' | 'inDirectContact'>;

const attends = (a: QuoracyInput) => a.attendance === 'present' || a.attendance === 'remote';

/** Distinct agency names, first spelling kept, in the order given. */
function distinct(people: QuoracyInput[]): string[] {
  const byKey = new Map<string, string>();
  for (const p of people) {
    const name = p.agency.trim() || AGENCY_TYPE_LABELS[p.agencyType];
    const key = p.agency.trim() ? name.toLowerCase() : `type:${p.agencyType}`;
    if (!byKey.has(key)) byKey.set(key, name);
  }
  return [...byKey.values()];
}

const OTHERS_NEEDED = 2;

export function quoracy(attendees: QuoracyInput[]): Quoracy {
  const present = attendees.filter(attends);
  const socialCare = distinct(present.filter((a) => a.agencyType === 'childrens-social-care'));
  const others = distinct(
    present.filter((a) => PROFESSIONAL_AGENCIES.includes(a.agencyType) && a.inDirectContact),
  );
  const hasSocialCare = socialCare.length > 0;
  const short = Math.max(0, OTHERS_NEEDED - others.length);
  return {
    quorate: hasSocialCare && short === 0,
    agencies: [...socialCare, ...others],
    missing: missingWords(hasSocialCare, short),
  };
}

function missingWords(hasSocialCare: boolean, short: number): string {
  const more =
    short === 0
      ? ''
      : short === 1
        ? 'at least one more agency in direct contact with the child or family'
        : `at least ${short === 2 ? 'two' : short} more agencies in direct contact with the child or family`;
  if (!hasSocialCare && more) return `Children’s social care and ${more} are needed.`;
  if (!hasSocialCare) return 'Children’s social care is needed.';
  if (!more) return '';
  return `${more.charAt(0).toUpperCase()}${more.slice(1)} ${short === 1 ? 'is' : 'are'} needed.`;
}
