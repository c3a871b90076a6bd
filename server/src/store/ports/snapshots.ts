/**
 * The append-only snapshot chain (see snapshots/chain.ts). The store assigns each snapshot's seq
 * and chained sha256 inside the append's own transaction, so two appends never claim one place.
 */
import type { Stage } from '@cb/shared/doc/schema';
import type { SnapshotReason } from '../../snapshots/chain.ts';
import type { Sealed } from './common.ts';

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

/** What is known of a snapshot before the store has placed it in its chain. */
export interface SnapshotHead {
  conferenceId: string;
  takenAt: string;
  reason: SnapshotReason;
  stage: Stage;
}

export type NewSnapshot = SnapshotHead & SnapshotContents;

export interface SnapshotsPort {
  /** Appends with the next seq (1 for the first) and its sha256 chained to the one before. */
  appendSnapshot(snapshot: NewSnapshot): Promise<SnapshotMeta>;
  /** The conference's snapshots in seq order. */
  listSnapshots(conferenceId: string): Promise<SnapshotMeta[]>;
  /** One snapshot, decrypted; null when there is none. Throws when a row cannot be decrypted. */
  getSnapshot(conferenceId: string, seq: number | 'latest'): Promise<Snapshot | null>;
  /** Every conference that has at least one snapshot. */
  listSnapshotConferences(): Promise<string[]>;
}

/** A snapshot's row once its place is known: its digest and its three parts, sealed. */
export interface SealedSnapshotRow {
  sha256: string;
  publicState: Sealed;
  restrictedState: Sealed;
  json: Sealed;
}

export type SealedSnapshot = SnapshotMeta & Omit<SealedSnapshotRow, 'sha256'>;

/** What a backend implements: the chain's places, with contents it never opens. */
export interface SnapshotsBackend {
  /**
   * In one transaction: finds the conference's last seq and sha256 (none: seq 0 and
   * GENESIS_SHA256), calls `row(seq + 1, prevSha256)` (synchronous: it digests and seals) and
   * inserts what it returns.
   */
  appendSnapshot(
    head: SnapshotHead,
    row: (seq: number, prevSha256: string) => SealedSnapshotRow,
  ): Promise<SnapshotMeta>;
  listSnapshots(conferenceId: string): Promise<SnapshotMeta[]>;
  getSnapshot(conferenceId: string, seq: number | 'latest'): Promise<SealedSnapshot | null>;
  listSnapshotConferences(): Promise<string[]>;
}
