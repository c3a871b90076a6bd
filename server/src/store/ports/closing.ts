/** Closing a conference, and the retention purge of closed conferences' records. */
import type { Sealed } from './common.ts';

/** What the retention purge removed for one conference. */
export interface PurgeCounts {
  /** Document updates (however many rows held them). */
  updates: number;
  snapshots: number;
  participants: number;
  links: number;
}

export interface ClosingPort {
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
}

/** What a backend implements: the purge writes the sealed title it is given. */
export interface ClosingBackend {
  closeConference: ClosingPort['closeConference'];
  listConferencesClosedBefore: ClosingPort['listConferencesClosedBefore'];
  purgeConference(id: string, cutoff: string, at: string, purgedTitle: Sealed): Promise<PurgeCounts | null>;
}
