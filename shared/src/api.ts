/**
 * HTTP request bodies (zod, validated by the server, reused by the client's forms) and the shapes
 * the server returns. Types are derived from the schemas, never written twice. The field schemas
 * are in fields.ts; what comes before and after the meeting (reports, invitations, documents
 * sent, local procedures) in paperwork.ts, re-exported here.
 */
import { z } from 'zod';
import { londonDate } from './londonDate.ts';
import {
  CONFERENCE_KINDS,
  LINK_ROLES,
  type ConferenceKind,
  type LinkRole,
  type ParticipantStatus,
  type Role,
} from './vocabulary.ts';
import type { Outcome } from './doc/decisionTypes.ts';
import { emailSchema, isoDateSchema, isoDateTimeSchema, trimmed } from './fields.ts';
import type { DistributedDocument, InviteePerson } from './paperwork.ts';
import type { Procedures } from './procedures.ts';

export { emailSchema, isoDateSchema, isoDateTimeSchema } from './fields.ts';
export * from './paperwork.ts';
export { BOOKED_KINDS, CONFERENCE_KINDS } from './vocabulary.ts';
export type { ConferenceKind } from './vocabulary.ts';

export const STAFF_ROLES = ['admin', 'chair'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

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
    /** Left out for a core group: its children are the conference's it follows. */
    children: z.array(childInputSchema).max(20).default([]),
    chairEmail: emailSchema.optional(),
    /**
     * A review: the conference before it, whose plan (and children) it carries forward. A core
     * group: the conference with a child protection plan, or the core group before it (required).
     */
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
    if (body.kind === 'core-group') {
      if (!body.previousConferenceId) {
        ctx.addIssue({
          code: 'custom',
          path: ['previousConferenceId'],
          message: 'A core group follows a conference with a child protection plan: choose which',
        });
      }
      if (body.children.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['children'],
          message: 'A core group’s children are the ones in the conference it follows: leave them out',
        });
      }
    } else if (body.children.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['children'], message: 'Add at least one child' });
    }
    if (body.strategyDiscussionOn && body.kind === 'core-group') {
      ctx.addIssue({
        code: 'custom',
        path: ['strategyDiscussionOn'],
        message: 'A core group follows the conference, not a strategy discussion: leave this empty',
      });
    }
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

/** One person's new link (`POST /api/conferences/:id/invitations`): the URL is shown this once. */
export interface Invitation extends CreatedLink {
  person: InviteePerson;
}

/**
 * A new link for someone in place of their old one (`POST …/links/:linkId/replace`): the old link
 * is withdrawn, the new one keeps its role, label and expiry, and the person it was made for
 * (when they were invited with their details, else null). The URL is shown this once.
 */
export interface ReplacedLink extends CreatedLink {
  replaces: string;
  person: InviteePerson | null;
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
  /** The local procedures the dates after the conference follow (public: the authority's rules). */
  procedures: Procedures;
}

/** `GET /api/conferences/:id/me`: `conference` is absent while waiting, refused or removed. */
export interface MembershipAnswer extends Membership {
  conference?: ConferenceSummary;
}

export type { LinkRole };
