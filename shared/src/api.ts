/**
 * HTTP request bodies (zod, validated by the server, reused by the client's forms) and the shapes
 * the server returns. Types are derived from the schemas, never written twice.
 */
import { z } from 'zod';
import { londonDate } from './londonDate.ts';
import { cleanText } from './text.ts';
import {
  CONFERENCE_KINDS,
  LINK_ROLES,
  type ConferenceKind,
  type LinkRole,
  type ParticipantStatus,
  type Role,
} from './vocabulary.ts';
import { AGENCY_TYPES } from './doc/agencyTypes.ts';
import type { Outcome } from './doc/decisionTypes.ts';
import type { Procedures } from './procedures.ts';

export { CONFERENCE_KINDS } from './vocabulary.ts';
export type { ConferenceKind } from './vocabulary.ts';

export const STAFF_ROLES = ['admin', 'chair'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A name, label or title: unsafe characters stripped (see text.ts), then trimmed and bounded. */
const trimmed = (max: number) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`));

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'Not a real date');

/** An instant with an offset, e.g. `2026-12-03T10:00:00Z` or `2026-12-03T10:00:00+00:00`. */
export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  message: 'Use a date and time such as 2026-12-03T10:00:00Z',
});

export const emailSchema = z
  .email('Not an email address')
  .max(254)
  .transform((e) => e.toLowerCase());

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Required').max(1024),
});

export const childInputSchema = z.object({
  name: trimmed(120),
  /** Absent only for an unborn child (pre-birth conference). */
  dateOfBirth: isoDateSchema.nullable().optional(),
});

export const createConferenceSchema = z
  .object({
    kind: z.enum(CONFERENCE_KINDS),
    scheduledAt: isoDateTimeSchema,
    title: trimmed(200).optional(),
    place: trimmed(200).optional(),
    children: z.array(childInputSchema).min(1, 'Add at least one child').max(20),
    chairEmail: emailSchema.optional(),
    /** A review: the conference before it, whose plan (and children) it carries forward. */
    previousConferenceId: z.uuid('Choose the previous conference from the list').optional(),
    /**
     * The strategy discussion that decided to convene it (for a transfer-in: the date the other
     * authority's notification came): the initial conference is due within 15 working days.
     */
    strategyDiscussionOn: isoDateSchema.optional(),
    /** Why the conference is being convened, in a sentence or two (sealed at rest). */
    reason: trimmed(1000).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.strategyDiscussionOn && body.strategyDiscussionOn > londonDate(body.scheduledAt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['strategyDiscussionOn'],
        message: 'The strategy discussion (or notification) comes before the conference: check the date',
      });
    }
    if (body.strategyDiscussionOn && body.kind === 'review') {
      ctx.addIssue({
        code: 'custom',
        path: ['strategyDiscussionOn'],
        message: 'A review follows the conference before it, not a strategy discussion: leave this empty',
      });
    }
    body.children.forEach((child, index) => {
      if (!child.dateOfBirth && body.kind !== 'pre-birth') {
        ctx.addIssue({
          code: 'custom',
          path: ['children', index, 'dateOfBirth'],
          message: 'A date of birth is needed (it may be left out only for an unborn child)',
        });
      }
    });
  });
export type CreateConferenceBody = z.infer<typeof createConferenceSchema>;

export const createLinkSchema = z.object({
  role: z.enum(LINK_ROLES),
  label: trimmed(120),
  expiresAt: isoDateTimeSchema
    .refine((s) => new Date(s).getTime() > Date.now(), 'The expiry must be in the future')
    .optional(),
});

export type CreateLinkBody = z.infer<typeof createLinkSchema>;

export const createStaffUserSchema = z.object({
  email: emailSchema,
  name: trimmed(120),
  role: z.enum(STAFF_ROLES),
  /** Left out: the server generates a one-time password and returns it once. */
  password: z.string().min(12, 'Use at least 12 characters').max(1024).optional(),
});

export type CreateStaffUserBody = z.infer<typeof createStaffUserSchema>;

export const joinSchema = z.object({ name: trimmed(80) });

/** An agency's report for the conference: expected, received, shared with the family and the child. */
export const reportInputSchema = z
  .strictObject({
    agency: trimmed(200),
    author: z.string().transform(cleanText).pipe(z.string().trim().max(120)).default(''),
    receivedOn: isoDateSchema.nullable().default(null),
    sharedWithFamilyOn: isoDateSchema.nullable().default(null),
    /** Shared with the child (as fits their age); null: not yet decided. */
    sharedWithChild: z.boolean().nullable().default(null),
    /** Why it was not shared with the family or the child. */
    notSharedReason: z.string().transform(cleanText).pipe(z.string().trim().max(500)).default(''),
  })
  .superRefine((r, ctx) => {
    if (r.sharedWithFamilyOn && !r.receivedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['sharedWithFamilyOn'],
        message: 'A report is shared after it is received: give the date it was received too',
      });
    } else if (r.sharedWithFamilyOn && r.receivedOn && r.sharedWithFamilyOn < r.receivedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['sharedWithFamilyOn'],
        message: 'This is before the report was received: check the dates',
      });
    }
  });
export type ReportInput = z.infer<typeof reportInputSchema>;

/** One person invited: their own link (professional or family) and their details for the board. */
export const inviteePersonSchema = z.strictObject({
  name: trimmed(120),
  /** Their job or relationship, e.g. "Health visitor", "Mother". */
  jobRole: z.string().transform(cleanText).pipe(z.string().trim().max(120)).default(''),
  agency: z.string().transform(cleanText).pipe(z.string().trim().max(200)).default(''),
  agencyType: z.enum(AGENCY_TYPES).default('other-agency'),
  linkRole: z.enum(['professional', 'family'], 'Choose professional or family'),
  email: z
    .union([emailSchema, z.literal('').transform(() => null)])
    .nullable()
    .default(null),
  /** A professional's manager, told of the invitation too. */
  managerEmail: z
    .union([emailSchema, z.literal('').transform(() => null)])
    .nullable()
    .default(null),
});
export type InviteePerson = z.infer<typeof inviteePersonSchema>;

export const invitePeopleSchema = z.strictObject({
  people: z.array(inviteePersonSchema).min(1, 'Add at least one person').max(50, 'At most 50 people at once'),
  expiresAt: isoDateTimeSchema
    .refine((s) => new Date(s).getTime() > Date.now(), 'The expiry must be in the future')
    .optional(),
});
export type InvitePeopleBody = z.infer<typeof invitePeopleSchema>;

/** One person's new link (`POST /api/conferences/:id/invitations`): the URL is shown this once. */
export interface Invitation extends CreatedLink {
  person: InviteePerson;
}

/** What an admin sends out after the conference, and records as sent. */
export const DISTRIBUTED_DOCUMENTS = ['plan', 'letter', 'minutes'] as const;
export type DistributedDocument = (typeof DISTRIBUTED_DOCUMENTS)[number];

export const recordDistributionSchema = z.strictObject({
  document: z.enum(DISTRIBUTED_DOCUMENTS, 'Choose the plan, the family’s letter or the minutes'),
  /** A person, an agency, or a group such as "Everyone invited". */
  to: trimmed(200),
  sentOn: isoDateSchema,
});
export type RecordDistributionBody = z.infer<typeof recordDistributionSchema>;

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

export interface ApiError {
  error: { code: string; message: string; fields?: Record<string, string> };
}

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
}

export interface Child {
  id: string;
  name: string;
  dateOfBirth: string | null;
}

export type ConferenceStatus = 'scheduled' | 'live' | 'closed';

export interface Conference {
  id: string;
  kind: ConferenceKind;
  title: string;
  place: string | null;
  scheduledAt: string;
  status: ConferenceStatus;
  chair: { id: string; name: string; email: string };
  children: Child[];
  createdAt: string;
  /** When it began (the chair moved past the professionals' meeting, or let the family in). */
  startedAt: string | null;
  closedAt: string | null;
  /**
   * Once closed: each child's outcome, in the order of `children` (null where none was recorded).
   * Null while the conference is open. What follows (core group, review) depends on it.
   */
  outcomes: (Outcome | null)[] | null;
  /** The strategy discussion (transfer-in: the notification) it was convened from, `YYYY-MM-DD`. */
  strategyDiscussionOn: string | null;
  /** Why it is being convened. */
  reason: string | null;
  /** When it is due (local procedures: 15 working days after strategyDiscussionOn); else null. */
  dueBy: string | null;
  /** Booked for a date after `dueBy`. */
  bookedLate: boolean;
  /** The first date each document was recorded as sent (after closing), else null. */
  sent: Record<DistributedDocument, string | null>;
}

/** One agency's report (`GET /api/conferences/:id/reports`). */
export interface ReportEntry extends ReportInput {
  id: string;
  /** When it is due with the chair (local procedures: working days before the conference). */
  expectedBy: string;
  /** Not received yet. */
  missing: boolean;
  /** Received after `expectedBy`. */
  late: boolean;
}

/** One record of a document sent (`GET /api/conferences/:id/distribution`). */
export interface DistributionEntry {
  id: string;
  document: DistributedDocument;
  to: string;
  sentOn: string;
  /** The staff member who recorded it. */
  sentBy: string;
  recordedAt: string;
}

/** One local-procedures rule, with its value and what it says (`GET /api/procedures`). */
export interface ProcedureRuleInfo {
  rule: string;
  value: number;
  words: string;
}

export interface ProceduresAnswer {
  authority: string;
  /** The settings themselves, for the client's own date arithmetic. */
  procedures: Procedures;
  /** Whether a settings file set them (CB_PROCEDURES_FILE), or they are the guidance's defaults. */
  from: 'file' | 'defaults';
  rules: ProcedureRuleInfo[];
}

export interface Link {
  id: string;
  role: LinkRole;
  label: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** Only at creation does the response carry the URL: the token is stored as a hash. */
export interface CreatedLink extends Link {
  url: string;
}

/** Who the caller is in one conference (`GET /api/conferences/:id/me`). */
export interface Membership {
  conferenceId: string;
  role: Role;
  participantId: string | null;
  name: string;
  status: ParticipantStatus;
}

/** What `GET /api/conferences/:id/me` says about the conference: only to people let in. */
export interface ConferenceSummary {
  title: string;
  scheduledAt: string;
  children: { id: string; name: string }[];
  /** The drawing surface's licence key, if the deployment has one (it is public by design). */
  drawingLicenseKey: string | null;
}

/** `GET /api/conferences/:id/me`: `conference` is absent while waiting, refused or removed. */
export interface MembershipAnswer extends Membership {
  conference?: ConferenceSummary;
}

export type { LinkRole };
