/**
 * The store behind every piece of state that must outlive a process. One interface, implemented by
 * SqliteStore (embedded default); the contract suite in tests/integration/store.test.ts runs against
 * every implementation. Methods are async so that a networked implementation fits the same shape.
 */
import type { ConferenceKind, ConferenceStatus, StaffRole } from '@cb/shared/api';
import type { Stage } from '@cb/shared/doc/schema';
import type { FocusSection, LinkRole, ParticipantStatus, RaisedHand, Suggestion } from '@cb/shared/protocol';
import type { SnapshotReason } from '../snapshots/chain.ts';

export interface StaffUserRow {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  passwordHash: string;
  createdAt: string;
}

export interface SessionRow {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

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
  children: ChildRow[];
}

export interface LinkRow {
  id: string;
  conferenceId: string;
  role: LinkRole;
  label: string;
  tokenHash: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface ParticipantRow {
  id: string;
  conferenceId: string;
  linkId: string;
  role: LinkRole;
  name: string;
  tokenHash: string;
  status: ParticipantStatus;
  createdAt: string;
  decidedAt: string | null;
  /** Refused or removed: until when this person's device may not ask to join again. */
  coolOffUntil: string | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: AuditAction;
  conferenceId: string | null;
  detail: Record<string, unknown>;
}

export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'staff-user-created',
  'conference-created',
  'link-created',
  'link-revoked',
  'joined',
  'admitted',
  'refused',
  'removed',
  'exported',
  'closed',
  /** A professional gave or changed their view on the decision (detail: the child id only). */
  'view-given',
  'view-withdrawn',
  /** The chair closed the conference (detail: the final snapshot's seq and sha256). */
  'conference-closed',
  /** The chair took a snapshot by hand. */
  'snapshot-taken',
  /** A manager opened a snapshot's full state (it may hold professionals-only content). */
  'snapshot-viewed',
  /** The retention purge removed a closed conference's records (detail: counts only). */
  'records-purged',
  /** An item made visible to the family (professionals-only turned off; detail: its id only). */
  'item.revealed',
  /** The chair moved the conference to another stage (detail: from, to). */
  'stage-changed',
  /** A child's outcome was recorded, or changed (detail: child id, outcome and category codes). */
  'outcome-set',
  'outcome-changed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface StoredUpdates {
  updates: Uint8Array[];
  /** Highest sequence number among them, or 0 when there are none. */
  lastSeq: number;
  bytes: number;
}

/** One row of the append-only snapshot chain, without its contents (see snapshots/chain.ts). */
export interface SnapshotMeta {
  conferenceId: string;
  /** 1, 2, 3 … per conference. */
  seq: number;
  takenAt: string;
  reason: SnapshotReason;
  stage: Stage;
  sha256: string;
  prevSha256: string;
}

/** What a snapshot holds, decrypted. */
export interface SnapshotContents {
  /** Y.encodeStateAsUpdate of the public document. */
  publicState: Uint8Array;
  /** Y.encodeStateAsUpdate of the restricted document. */
  restrictedState: Uint8Array;
  /** Both documents as JSON: {public: {...}, restricted: {...}} (see snapshots/render.ts). */
  json: string;
}

export type Snapshot = SnapshotMeta & SnapshotContents;

export interface NewSnapshot extends SnapshotContents {
  conferenceId: string;
  takenAt: string;
  reason: SnapshotReason;
  stage: Stage;
}

/** What the retention purge removed for one conference. */
export interface PurgeCounts {
  updates: number;
  snapshots: number;
  participants: number;
  links: number;
}

export interface Store {
  readonly kind: string;
  ping(): Promise<boolean>;
  close(): Promise<void>;

  // staff and sessions
  createStaffUser(user: StaffUserRow): Promise<void>;
  findStaffUserByEmail(email: string): Promise<StaffUserRow | null>;
  findStaffUser(id: string): Promise<StaffUserRow | null>;
  listStaffUsers(): Promise<StaffUserRow[]>;
  countStaffUsers(): Promise<number>;
  createSession(session: SessionRow): Promise<void>;
  findSession(tokenHash: string): Promise<SessionRow | null>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteExpiredSessions(now: string): Promise<number>;

  // conferences
  createConference(conference: ConferenceRow): Promise<void>;
  findConference(id: string): Promise<ConferenceRow | null>;
  listConferences(filter: { chairUserId?: string }): Promise<ConferenceRow[]>;

  // links and participants
  createLink(link: LinkRow): Promise<void>;
  findLinkByTokenHash(tokenHash: string): Promise<LinkRow | null>;
  findLink(id: string): Promise<LinkRow | null>;
  listLinks(conferenceId: string): Promise<LinkRow[]>;
  revokeLink(id: string, at: string): Promise<void>;
  createParticipant(participant: ParticipantRow): Promise<void>;
  findParticipantByTokenHash(tokenHash: string): Promise<ParticipantRow | null>;
  findParticipant(id: string): Promise<ParticipantRow | null>;
  listParticipants(conferenceId: string, status?: ParticipantStatus): Promise<ParticipantRow[]>;
  setParticipantStatus(
    id: string,
    status: ParticipantStatus,
    at: string,
    coolOffUntil?: string | null,
  ): Promise<void>;

  // documents: every update is durable when appendUpdates resolves
  appendUpdates(docName: string, updates: Uint8Array[]): Promise<number>;
  /** Several documents' updates in one durable write; the last seq of each batch, in order. */
  appendUpdateBatches(batches: { docName: string; updates: Uint8Array[] }[]): Promise<number[]>;
  loadUpdates(docName: string): Promise<StoredUpdates>;
  /** Replaces every stored update with seq ≤ uptoSeq by `merged`, atomically. */
  compact(docName: string, merged: Uint8Array, uptoSeq: number): Promise<void>;

  // control state (stage, presenter focus, raised hands, suggestions)
  getRoom(conferenceId: string): Promise<{ stage: Stage; focus: FocusSection | null }>;
  setRoom(
    conferenceId: string,
    patch: { stage?: Stage; focus?: FocusSection | null },
    at: string,
  ): Promise<void>;
  listHands(conferenceId: string): Promise<RaisedHand[]>;
  raiseHand(conferenceId: string, hand: RaisedHand): Promise<void>;
  lowerHand(conferenceId: string, key: string): Promise<boolean>;
  createSuggestion(conferenceId: string, suggestion: Suggestion, authorKey: string): Promise<void>;
  listSuggestions(
    conferenceId: string,
    status: Suggestion['status'],
  ): Promise<(Suggestion & { authorKey: string })[]>;
  /** Moves an open suggestion to accepted or dismissed; false when it was not open. */
  resolveSuggestion(
    conferenceId: string,
    id: string,
    status: 'accepted' | 'dismissed',
    at: string,
  ): Promise<boolean>;

  // snapshots: append-only; the store assigns seq and the chained sha256 in one transaction
  appendSnapshot(snapshot: NewSnapshot): Promise<SnapshotMeta>;
  /** The conference's snapshots in seq order. */
  listSnapshots(conferenceId: string): Promise<SnapshotMeta[]>;
  /** One snapshot, decrypted; null when there is none. Throws when a row cannot be decrypted. */
  getSnapshot(conferenceId: string, seq: number | 'latest'): Promise<Snapshot | null>;
  /** Every conference that has at least one snapshot. */
  listSnapshotConferences(): Promise<string[]>;

  // closing and retention
  /** Marks the conference closed at `closedAt`; false when it was already closed. */
  closeConference(id: string, closedAt: string): Promise<boolean>;
  /** Closed conferences whose closedAt is at or before `cutoff`, not yet purged. */
  listConferencesClosedBefore(cutoff: string): Promise<string[]>;
  /**
   * Removes a closed conference's document updates, snapshots, links, participants, room extras
   * and children, and empties its personal fields, in one transaction; the conference row stays
   * (purgedAt set) and the audit log is untouched. Re-checks, inside the transaction, that it is
   * closed at or before `cutoff` and not purged: otherwise nothing is removed and it returns null.
   */
  purgeConference(id: string, cutoff: string, at: string): Promise<PurgeCounts | null>;

  // audit
  audit(entry: Omit<AuditEntry, 'seq'>): Promise<void>;
  listAudit(conferenceId: string | null): Promise<AuditEntry[]>;
}
