/**
 * What people may do with a conference's snapshots beyond the list: read one snapshot's full state
 * (it may hold professionals-only content, so each look is audited; a scrub is one look), take one by hand (not once the
 * conference is closed: its final snapshot is the last), and find the snapshot an export is made
 * from (the latest, taken now if the board has changed since) and audit the export. Callers have
 * already checked the person's role (a manager, or the chair).
 */
import type { ConferenceAccess } from '../access.ts';
import { actorOf, actorText } from '../actor.ts';
import { auditLog, type AuditDetails } from '../audit.ts';
import { DomainError, notFound } from '../errors.ts';
import type { Snapshot, SnapshotMeta, Store } from '../store/Store.ts';
import type { Snapshotter } from './Snapshotter.ts';

/**
 * Scrubbing through the history reads one snapshot per step, so the reads of one conference's
 * history by one person with less than this between them are one look, audited once (the first
 * snapshot read). Kept per server process.
 */
export const LOOK_GAP_MS = 5 * 60_000;

export class SnapshotAccess {
  /** When each person last read each conference's history: `${actor}|${conferenceId}`. */
  private readonly lastRead = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly snapshotter: Snapshotter,
    private readonly now: () => number = Date.now,
  ) {}

  /** One snapshot's full state, for the admin's history scrubber; each look is audited once. */
  async state(access: ConferenceAccess, seq: number | 'latest' | null): Promise<Snapshot> {
    if (seq === null) throw notFound('That snapshot');
    const snapshot = await this.store.getSnapshot(access.conference.id, seq);
    if (!snapshot) throw notFound('That snapshot');
    const actor = actorOf(access);
    const key = `${actorText(actor)}|${access.conference.id}`;
    const at = this.now();
    const last = this.lastRead.get(key);
    const newLook = last === undefined || at - last >= LOOK_GAP_MS;
    // Forget looks that have ended, so the map holds only the last few minutes' readers.
    if (newLook) for (const [k, t] of this.lastRead) if (at - t >= LOOK_GAP_MS) this.lastRead.delete(k);
    this.lastRead.set(key, at);
    if (newLook) {
      await auditLog(this.store).record(actor, 'snapshot-viewed', access.conference.id, {
        seq: snapshot.seq,
      });
    }
    return snapshot;
  }

  /** A snapshot taken by the chair by hand, while the conference is open. */
  async takeByHand(access: ConferenceAccess): Promise<SnapshotMeta> {
    if (access.conference.status === 'closed') {
      throw new DomainError(
        'conflict',
        'CONFERENCE_CLOSED',
        'This conference has been closed: its final snapshot is the last one.',
      );
    }
    const snapshot = await this.snapshotter.take(access.conference.id, 'manual');
    await auditLog(this.store).record(
      actorOf(access),
      'snapshot-taken',
      access.conference.id,
      { seq: snapshot.seq, sha256: snapshot.sha256 },
      { at: snapshot.takenAt },
    );
    return snapshot;
  }

  /**
   * The named snapshot, or the latest one — taken now if the board has none yet or has changed
   * since, so an export during a live conference shows the board as it is, not as it was.
   */
  async forExport(access: ConferenceAccess, seq: number | undefined): Promise<Snapshot> {
    const id = access.conference.id;
    let found = await this.store.getSnapshot(id, seq ?? 'latest');
    if (seq === undefined && (!found || this.snapshotter.changedSinceSnapshot(id))) {
      await this.snapshotter.take(id, 'manual');
      found = await this.store.getSnapshot(id, 'latest');
    }
    if (!found) {
      throw new DomainError(
        'not-found',
        'NOT_FOUND',
        'There is no snapshot with that number for this conference.',
      );
    }
    return found;
  }

  /** Every export is audited: who, what, which snapshot; never content. */
  async exported(access: ConferenceAccess, detail: AuditDetails['exported']): Promise<void> {
    await auditLog(this.store).record(actorOf(access), 'exported', access.conference.id, detail);
  }
}
