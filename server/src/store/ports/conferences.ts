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
  children: ChildRow[];
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
}

export interface SealedChildRow {
  id: string;
  name: Sealed;
  dateOfBirth: Sealed | null;
}

export type SealedConferenceRow = Omit<ConferenceRow, 'title' | 'place' | 'children' | 'chairName'> & {
  title: Sealed;
  place: Sealed | null;
  chairName?: Sealed | null;
  children: SealedChildRow[];
};

/** What a backend implements: ConferencesPort with the personal fields sealed. */
export interface ConferencesBackend {
  createConference(conference: SealedConferenceRow): Promise<void>;
  findConference(id: string): Promise<SealedConferenceRow | null>;
  listConferences(filter: { chairUserId?: string }): Promise<SealedConferenceRow[]>;
  startConference(id: string, startedAt: string, chairName: Sealed): Promise<boolean>;
}
