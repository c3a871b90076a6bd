/**
 * Before and after the meeting, as HTTP bodies and answers: agencies' reports, everyone invited at
 * once, the documents sent out, and the local procedures shown to staff. Re-exported by api.ts.
 */
import { z } from 'zod';
import { AGENCY_TYPES } from './doc/agencyTypes.ts';
import { emailSchema, isoDateSchema, isoDateTimeSchema, trimmed } from './fields.ts';
import type { Procedures } from './procedures.ts';
import { cleanText } from './text.ts';

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
