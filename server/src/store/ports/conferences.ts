/** Conferences and their children. Title, place, names and dates of birth are personal: sealed. */
import type { ConferenceKind, ConferenceStatus } from '@cb/shared/api';
import type { Sealed } from './common.ts';

export interface ChildRow {
  id: string;
  name: string;
  dateOfBirth: string | null;
}

export interface ConferenceRow {
  id: string;
  kind: ConferenceKind;
  title: string;
  place: string | null;
  scheduledAt: string;
  status: ConferenceStatus;
  chairUserId: string;
  createdBy: string;
  createdAt: string;
  closedAt: string | null;
  /** When the retention purge removed its records (the row itself is kept, emptied); else null. */
  purgedAt?: string | null;
  /**
   * When the conference began: the chair first moved past the professionals' meeting, or let a
   * family member in (status `live` from then). Null (or absent) until then.
   */
  startedAt?: string | null;
  /** The name the person who chaired it joined with, recorded when it began. */
  chairName?: string | null;
  /** The strategy discussion (transfer-in: the notification) it was convened from, YYYY-MM-DD. */
  strategyDiscussionOn?: string | null;
  /** Why it is being convened (personal: sealed). */
  reason?: string | null;
  children: ChildRow[];
}

/** The plan, the family's letter or the minutes, sent to someone: recorded by an admin. */
export interface DistributionRow {
  id: string;
  conferenceId: string;
  document: 'plan' | 'minutes' | 'letter';
  /** Who it was sent to (a person, a role, an agency, "everyone invited"): personal, sealed. */
  to: string;
  /** The date it was sent, YYYY-MM-DD. */
  sentOn: string;
  /** Who recorded it (an actor: staff:<id>). */
  sentBy: string;
  recordedAt: string;
}

/** One agency's report for a conference. Agency, author and the reason not shared are sealed. */
export interface ReportRow {
  id: string;
  conferenceId: string;
  agency: string;
  author: string;
  receivedOn: string | null;
  sharedWithFamilyOn: string | null;
  sharedWithChild: boolean | null;
  notSharedReason: string;
  updatedAt: string;
}

/** The person an invitation link was made for. Everything but the agency type is sealed. */
export interface InvitationRow {
  linkId: string;
  conferenceId: string;
  agencyType: string;
  name: string;
  jobRole: string;
  agency: string;
  email: string | null;
  managerEmail: string | null;
  createdAt: string;
}

export interface ConferencesPort {
  /** The conference and its children (in the order given), in one transaction. */
  createConference(conference: ConferenceRow): Promise<void>;
  findConference(id: string): Promise<ConferenceRow | null>;
  /** Latest scheduledAt first; only the chair's when `chairUserId` is given. */
  listConferences(filter: { chairUserId?: string }): Promise<ConferenceRow[]>;
  /**
   * A scheduled conference begins: status `live`, `startedAt` and `chairName` set. False (and
   * nothing changed) when it had already begun or closed, or does not exist.
   */
  startConference(id: string, startedAt: string, chairName: string): Promise<boolean>;
  recordDistribution(entry: DistributionRow): Promise<void>;
  /** Oldest first. */
  listDistribution(conferenceId: string): Promise<DistributionRow[]>;
  /** Adds the report, or replaces the one with its id (which keeps its place in the list). */
  saveReport(report: ReportRow): Promise<void>;
  /** In the order they were first added. */
  listReports(conferenceId: string): Promise<ReportRow[]>;
  saveInvitation(invitation: InvitationRow): Promise<void>;
  /** In the order they were made. */
  listInvitations(conferenceId: string): Promise<InvitationRow[]>;
}

export interface SealedChildRow {
  id: string;
  name: Sealed;
  dateOfBirth: Sealed | null;
}

export type SealedConferenceRow = Omit<
  ConferenceRow,
  'title' | 'place' | 'children' | 'chairName' | 'reason'
> & {
  title: Sealed;
  place: Sealed | null;
  chairName?: Sealed | null;
  reason?: Sealed | null;
  children: SealedChildRow[];
};

/** What a backend implements: ConferencesPort with the personal fields sealed. */
export interface ConferencesBackend {
  createConference(conference: SealedConferenceRow): Promise<void>;
  findConference(id: string): Promise<SealedConferenceRow | null>;
  listConferences(filter: { chairUserId?: string }): Promise<SealedConferenceRow[]>;
  startConference(id: string, startedAt: string, chairName: Sealed): Promise<boolean>;
  recordDistribution(entry: SealedDistributionRow): Promise<void>;
  listDistribution(conferenceId: string): Promise<SealedDistributionRow[]>;
  saveReport(report: SealedReportRow): Promise<void>;
  listReports(conferenceId: string): Promise<SealedReportRow[]>;
  saveInvitation(invitation: SealedInvitationRow): Promise<void>;
  listInvitations(conferenceId: string): Promise<SealedInvitationRow[]>;
}

/** The backend's form: name, job, agency and emails sealed together as `details`. */
export interface SealedInvitationRow {
  linkId: string;
  conferenceId: string;
  agencyType: string;
  details: Sealed;
  createdAt: string;
}

export type SealedReportRow = Omit<ReportRow, 'agency' | 'author' | 'notSharedReason'> & {
  agency: Sealed;
  author: Sealed;
  notSharedReason: Sealed;
};

export type SealedDistributionRow = Omit<DistributionRow, 'to'> & { to: Sealed };
