/**
 * Who attended: the attendance list in the PUBLIC document (the family may see who came, who sent
 * apologies and which reports were received). Pure: takes Y.Docs, does no I/O.
 *
 * Storage: `docParts(doc).attendees`, a Y.Array with one Y.Map per attendee, fields as in
 * `Attendee`, each a plain value (two people editing different fields of one attendee both win).
 * Reading is tolerant: a map without an id or name is skipped, a bad field takes its default, and
 * a second map with an id already seen (two peers pre-filling at once) is ignored.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { cleanText } from '../text.ts';
import { AGENCY_TYPES } from './agencyTypes.ts';
import { LOCAL_ORIGIN } from './board.ts';
import { docParts } from './schema.ts';

export { AGENCY_TYPES, AGENCY_TYPE_LABELS, type AgencyType } from './agencyTypes.ts';

/** Whether a family member has parental responsibility: not asked is "unknown". */
export const PARENTAL_RESPONSIBILITY = ['unknown', 'yes', 'no'] as const;
export type ParentalResponsibility = (typeof PARENTAL_RESPONSIBILITY)[number];

export const ATTENDANCE = ['present', 'remote', 'apologies', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

const id = z.string().trim().min(1, 'Required').max(100);
const shortText = z.string().trim().max(200);

export const attendeeSchema = z.object({
  id,
  name: z.string().transform(cleanText).pipe(z.string().trim().min(1, 'Add the person’s name').max(120)),
  /** Free text, e.g. "Social worker", "Mother". */
  role: shortText,
  /** Free text, e.g. "Riverside Primary School". */
  agency: shortText,
  agencyType: z.enum(AGENCY_TYPES),
  attendance: z.enum(ATTENDANCE),
  reportReceived: z.boolean(),
  reportSharedWithFamily: z.boolean(),
  /** The agency is in direct contact with the child or family (what quoracy counts). */
  inDirectContact: z.boolean(),
  coreGroup: z.boolean(),
  leadSocialWorker: z.boolean(),
  /** Family members only, optional: parental responsibility for the children, ethnicity, first language. */
  parentalResponsibility: z.enum(PARENTAL_RESPONSIBILITY),
  ethnicity: shortText,
  firstLanguage: shortText,
  /** Set when the entry was pre-filled from someone who joined by link. */
  participantId: id.nullable(),
  linkId: id.nullable(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const EMPTY_ATTENDEE: Omit<Attendee, 'id' | 'name'> = {
  role: '',
  agency: '',
  agencyType: 'other',
  attendance: 'present',
  reportReceived: false,
  reportSharedWithFamily: false,
  inDirectContact: false,
  coreGroup: false,
  leadSocialWorker: false,
  parentalResponsibility: 'unknown',
  ethnicity: '',
  firstLanguage: '',
  participantId: null,
  linkId: null,
};

export const newAttendeeSchema = attendeeSchema.partial().required({ id: true, name: true });
export type NewAttendee = z.input<typeof newAttendeeSchema>;
/** What a person fills in for someone new on the list (the chair's "Add someone"): all but the id. */
export const attendeeInputSchema = newAttendeeSchema.omit({ id: true });
export type AttendeeInput = z.input<typeof attendeeInputSchema>;
export const attendeePatchSchema = attendeeSchema.omit({ id: true }).partial();
export type AttendeePatch = z.input<typeof attendeePatchSchema>;

/** Someone invited by link or who joined: what `mergeInvitees` pre-fills from. */
export const inviteeSchema = z.object({
  name: attendeeSchema.shape.name,
  role: shortText.optional(),
  agency: shortText.optional(),
  agencyType: z.enum(AGENCY_TYPES).optional(),
  participantId: id.nullable().optional(),
  linkId: id.nullable().optional(),
  attendance: z.enum(ATTENDANCE).optional(),
});
export type Invitee = z.input<typeof inviteeSchema>;

/** Reads one field with a schema; the default when missing or wrong. */
function field<T>(schema: z.ZodType<T>, v: unknown, fallback: T): T {
  const r = schema.safeParse(v);
  return r.success ? r.data : fallback;
}

export function readAttendee(map: unknown): Attendee | null {
  if (!(map instanceof Y.Map)) return null;
  const s = attendeeSchema.shape;
  const key = field(s.id, map.get('id'), null);
  const name = field(s.name, map.get('name'), null);
  if (key === null || name === null) return null;
  const d = EMPTY_ATTENDEE;
  return {
    id: key,
    name,
    role: field(s.role, map.get('role'), d.role),
    agency: field(s.agency, map.get('agency'), d.agency),
    agencyType: field(s.agencyType, map.get('agencyType'), d.agencyType),
    attendance: field(s.attendance, map.get('attendance'), d.attendance),
    reportReceived: map.get('reportReceived') === true,
    reportSharedWithFamily: map.get('reportSharedWithFamily') === true,
    inDirectContact: map.get('inDirectContact') === true,
    coreGroup: map.get('coreGroup') === true,
    leadSocialWorker: map.get('leadSocialWorker') === true,
    parentalResponsibility: field(s.parentalResponsibility, map.get('parentalResponsibility'), 'unknown'),
    ethnicity: field(s.ethnicity, map.get('ethnicity'), ''),
    firstLanguage: field(s.firstLanguage, map.get('firstLanguage'), ''),
    participantId: field(s.participantId, map.get('participantId'), null),
    linkId: field(s.linkId, map.get('linkId'), null),
  };
}

/** The attendance list in the order people were added. */
export function readAttendees(doc: Y.Doc): Attendee[] {
  const seen = new Set<string>();
  const out: Attendee[] = [];
  for (const map of docParts(doc).attendees.toArray()) {
    const a = readAttendee(map);
    if (!a || seen.has(a.id)) continue;
    seen.add(a.id);
    out.push(a);
  }
  return out;
}

function toYMap(values: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(values)) if (v !== undefined) map.set(k, v);
  return map;
}

function findMap(doc: Y.Doc, attendeeId: string): { index: number; map: Y.Map<unknown> } | null {
  const list = docParts(doc).attendees;
  for (let index = 0; index < list.length; index++) {
    const map = list.get(index);
    if (map instanceof Y.Map && map.get('id') === attendeeId) return { index, map };
  }
  return null;
}

/** Adds an attendee (validated; throws a ZodError when invalid). Returns what was stored. */
export function addAttendee(doc: Y.Doc, input: NewAttendee): Attendee {
  const attendee: Attendee = { ...EMPTY_ATTENDEE, ...newAttendeeSchema.parse(input) } as Attendee;
  doc.transact(() => docParts(doc).attendees.push([toYMap({ ...attendee })]), LOCAL_ORIGIN);
  return attendee;
}

/** Changes some of an attendee's fields. False when there is no such attendee. */
export function updateAttendee(doc: Y.Doc, attendeeId: string, patch: AttendeePatch): boolean {
  const valid = attendeePatchSchema.parse(patch);
  const found = findMap(doc, attendeeId);
  if (!found) return false;
  doc.transact(() => {
    for (const [k, v] of Object.entries(valid)) if (v !== undefined) found.map.set(k, v);
  }, LOCAL_ORIGIN);
  return true;
}

export function removeAttendee(doc: Y.Doc, attendeeId: string): boolean {
  const found = findMap(doc, attendeeId);
  if (!found) return false;
  doc.transact(() => docParts(doc).attendees.delete(found.index, 1), LOCAL_ORIGIN);
  return true;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The attendee an invitee already is: by participant, then by link, then by name (any case).
 * A link matches only an entry nobody has joined through yet, or an invitee who has not joined:
 * one family link may be used by Chloe and then by Dan, who are two people.
 */
function match(
  list: Attendee[],
  inv: z.infer<typeof inviteeSchema>,
): { by: 'participant' | 'link' | 'name'; attendee: Attendee } | null {
  const p = inv.participantId ? list.find((a) => a.participantId === inv.participantId) : undefined;
  if (p) return { by: 'participant', attendee: p };
  const l = inv.linkId
    ? list.find((a) => a.linkId === inv.linkId && (!a.participantId || !inv.participantId))
    : undefined;
  if (l) return { by: 'link', attendee: l };
  const n = list.find((a) => sameName(a.name, inv.name));
  return n ? { by: 'name', attendee: n } : null;
}

/**
 * Pre-fills the list from the links issued and the people who joined, without duplicating anyone.
 * A match only fills what is blank (the chair's own edits win), with one exception: an entry made
 * from a link nobody had used takes the name of the first person who joins through it (the link's
 * label, e.g. "Riverside Primary DSL", was only a placeholder), and someone who has since joined
 * is marked present (or the invitee's attendance) if they were down as absent.
 * A new entry's id is derived from the participant, link or name, so two peers pre-filling at
 * once write the same id and the reader keeps one. Someone who joined defaults to present; a link
 * nobody used yet to absent.
 * Returns the attendees added.
 */
export function mergeInvitees(doc: Y.Doc, invitees: Invitee[]): Attendee[] {
  const valid = z.array(inviteeSchema).parse(invitees);
  const list = readAttendees(doc);
  const added: Attendee[] = [];
  doc.transact(() => {
    for (const inv of valid) {
      const found = match(list, inv);
      if (!found) {
        const attendee: Attendee = {
          ...EMPTY_ATTENDEE,
          id: inv.participantId
            ? `participant:${inv.participantId}`
            : inv.linkId
              ? `link:${inv.linkId}`
              : `name:${inv.name.toLowerCase()}`,
          name: inv.name,
          role: inv.role ?? '',
          agency: inv.agency ?? '',
          agencyType: inv.agencyType ?? EMPTY_ATTENDEE.agencyType,
          attendance: inv.attendance ?? (inv.participantId ? 'present' : 'absent'),
          participantId: inv.participantId ?? null,
          linkId: inv.linkId ?? null,
        };
        docParts(doc).attendees.push([toYMap({ ...attendee })]);
        list.push(attendee);
        added.push(attendee);
        continue;
      }
      const existing = found.attendee;
      const patch: Partial<Attendee> = {};
      if (found.by === 'link' && !existing.participantId && inv.participantId) patch.name = inv.name;
      if (!existing.participantId && inv.participantId) {
        patch.participantId = inv.participantId;
        if (existing.attendance === 'absent') patch.attendance = inv.attendance ?? 'present';
      }
      if (!existing.linkId && inv.linkId) patch.linkId = inv.linkId;
      if (!existing.role && inv.role) patch.role = inv.role;
      if (!existing.agency && inv.agency) patch.agency = inv.agency;
      if (existing.agencyType === 'other' && inv.agencyType) patch.agencyType = inv.agencyType;
      const map = findMap(doc, existing.id)?.map;
      for (const [k, v] of Object.entries(patch)) map?.set(k, v);
      Object.assign(existing, patch);
    }
  }, LOCAL_ORIGIN);
  return added;
}

/** Why an inquorate conference went ahead, as the chair recorded it ('' when none). */
export function readQuoracyNote(doc: Y.Doc): string {
  const note = docParts(doc).meta.get('quoracyNote');
  return note instanceof Y.Text ? note.toString() : typeof note === 'string' ? note : '';
}

export const quoracyNoteSchema = z.string().trim().max(2000, 'At most 2000 characters');

/** Records (or, with '', clears) why an inquorate conference went ahead. */
export function setQuoracyNote(doc: Y.Doc, note: string): void {
  const valid = quoracyNoteSchema.parse(note);
  doc.transact(() => docParts(doc).meta.set('quoracyNote', valid), LOCAL_ORIGIN);
}
