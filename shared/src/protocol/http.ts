/**
 * ONE table of the JSON routes over HTTP: method, path pattern (`:name` for each parameter) and the
 * zod schema the body must pass (from api.ts), with each route's answer in `HttpResponses`. The
 * server takes method, path and body schema from here; the client's `call` and the tests' helpers
 * build their requests from it. Exports (files, not JSON), the join page and /sync are not here.
 */
import { z } from 'zod';
import {
  createConferenceSchema,
  createLinkSchema,
  createStaffUserSchema,
  invitePeopleSchema,
  recordDistributionSchema,
  reportInputSchema,
  signInSchema,
  type Conference,
  type DistributionEntry,
  type ReportEntry,
  type ProceduresAnswer,
  type CreatedLink,
  type Invitation,
  type ReplacedLink,
  type Link,
  type MembershipAnswer,
  type StaffUser,
} from '../api.ts';
import type { Invitee } from '../doc/attendance.ts';
import type { ParticipantStatus, SnapshotReason, Stage } from '../vocabulary.ts';
import { decisionOptionsSchema, type LobbyEntry } from './control.ts';

/** Actions that take nothing: an empty JSON object. */
export const emptyBodySchema = z.strictObject({}, 'Send an empty JSON object: {}');

export const HTTP_ROUTES = {
  signIn: { method: 'POST', path: '/api/session', body: signInSchema },
  signOut: { method: 'DELETE', path: '/api/session', body: null },
  whoAmI: { method: 'GET', path: '/api/me', body: null },
  listUsers: { method: 'GET', path: '/api/users', body: null },
  createUser: { method: 'POST', path: '/api/users', body: createStaffUserSchema },
  createConference: { method: 'POST', path: '/api/conferences', body: createConferenceSchema },
  listConferences: { method: 'GET', path: '/api/conferences', body: null },
  getConference: { method: 'GET', path: '/api/conferences/:id', body: null },
  membership: { method: 'GET', path: '/api/conferences/:id/me', body: null },
  auditLog: { method: 'GET', path: '/api/conferences/:id/audit', body: null },
  createLink: { method: 'POST', path: '/api/conferences/:id/links', body: createLinkSchema },
  invitePeople: { method: 'POST', path: '/api/conferences/:id/invitations', body: invitePeopleSchema },
  listLinks: { method: 'GET', path: '/api/conferences/:id/links', body: null },
  revokeLink: { method: 'DELETE', path: '/api/conferences/:id/links/:linkId', body: null },
  replaceLink: { method: 'POST', path: '/api/conferences/:id/links/:linkId/replace', body: emptyBodySchema },
  invitees: { method: 'GET', path: '/api/conferences/:id/invitees', body: null },
  lobby: { method: 'GET', path: '/api/conferences/:id/lobby', body: null },
  admit: {
    method: 'POST',
    path: '/api/conferences/:id/lobby/:participantId/admit',
    body: decisionOptionsSchema.strict(),
  },
  refuse: {
    method: 'POST',
    path: '/api/conferences/:id/lobby/:participantId/refuse',
    body: decisionOptionsSchema.strict(),
  },
  remove: {
    method: 'DELETE',
    path: '/api/conferences/:id/participants/:participantId',
    body: decisionOptionsSchema.strict(),
  },
  listSnapshots: { method: 'GET', path: '/api/conferences/:id/snapshots', body: null },
  snapshotState: { method: 'GET', path: '/api/conferences/:id/snapshots/:seq/state', body: null },
  takeSnapshot: { method: 'POST', path: '/api/conferences/:id/snapshots', body: emptyBodySchema },
  close: { method: 'POST', path: '/api/conferences/:id/close', body: emptyBodySchema },
  listDistribution: { method: 'GET', path: '/api/conferences/:id/distribution', body: null },
  recordDistribution: {
    method: 'POST',
    path: '/api/conferences/:id/distribution',
    body: recordDistributionSchema,
  },
  procedures: { method: 'GET', path: '/api/procedures', body: null },
  listReports: { method: 'GET', path: '/api/conferences/:id/reports', body: null },
  addReport: { method: 'POST', path: '/api/conferences/:id/reports', body: reportInputSchema },
  updateReport: { method: 'PUT', path: '/api/conferences/:id/reports/:reportId', body: reportInputSchema },
} as const satisfies Record<
  string,
  { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: `/api/${string}`; body: z.ZodType | null }
>;

export type HttpRoute = keyof typeof HTTP_ROUTES;
/** The routes that only read (`GET`): what the client loads and may prefetch. */
export type GetRoute = {
  [R in HttpRoute]: (typeof HTTP_ROUTES)[R]['method'] extends 'GET' ? R : never;
}[HttpRoute];

export interface SnapshotInfo {
  seq: number;
  takenAt: string;
  reason: SnapshotReason;
  stage: Stage;
  sha256: string;
}

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  conferenceId: string | null;
  detail: Record<string, unknown>;
  /** Who did it, in words. */
  who: string;
}

/** What each route answers with (204, no body: `undefined`). */
export interface HttpResponses {
  signIn: { user: StaffUser };
  signOut: undefined;
  whoAmI: { user: StaffUser };
  listUsers: StaffUser[];
  createUser: { user: StaffUser; oneTimePassword: string | null };
  createConference: Conference;
  listConferences: Conference[];
  getConference: Conference;
  membership: MembershipAnswer;
  auditLog: AuditRow[];
  createLink: CreatedLink;
  invitePeople: Invitation[];
  listLinks: Link[];
  revokeLink: undefined;
  replaceLink: ReplacedLink;
  invitees: Invitee[];
  lobby: LobbyEntry[];
  admit: { participantId: string; status: ParticipantStatus };
  refuse: { participantId: string; status: ParticipantStatus };
  remove: { participantId: string; status: ParticipantStatus };
  listSnapshots: SnapshotInfo[];
  snapshotState: SnapshotInfo & { publicState: string; restrictedState: string };
  takeSnapshot: SnapshotInfo;
  close: { id: string; closedAt: string; snapshot: { seq: number; sha256: string } };
  listDistribution: DistributionEntry[];
  recordDistribution: DistributionEntry;
  procedures: ProceduresAnswer;
  listReports: ReportEntry[];
  addReport: ReportEntry;
  updateReport: ReportEntry;
}

/** `'/api/conferences/:id/links/:linkId'` → `'id' | 'linkId'`. */
type ParamsOf<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamsOf<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The parameters a route's path needs, by name. */
export type RouteParams<R extends HttpRoute> = Record<ParamsOf<(typeof HTTP_ROUTES)[R]['path']>, string>;
/** What a caller sends as a route's body (before the server's validation trims and checks it). */
export type RouteBody<R extends HttpRoute> = (typeof HTTP_ROUTES)[R]['body'] extends z.ZodType
  ? z.input<(typeof HTTP_ROUTES)[R]['body']>
  : undefined;

/** A route's path with its parameters filled in (each URL-encoded). */
export function pathOf<R extends HttpRoute>(route: R, params: RouteParams<R>): string {
  const values = params as Record<string, string>;
  return HTTP_ROUTES[route].path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`pathOf(${route}): no value for :${name}`);
    return encodeURIComponent(value);
  });
}
