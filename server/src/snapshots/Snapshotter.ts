/**
 * When snapshots are taken: periodically while a conference's documents are changing (at most
 * once per `intervalMs`, and never when nothing changed since the last one), when the chair moves
 * the conference to another stage, by hand, and finally at close (ConferenceCloser).
 *
 * One conference's snapshots are taken one at a time, in the order asked for, so a chain is
 * never raced. Logs carry ids, seqs and sizes, never board text.
 */
import type { Stage } from '@cb/shared/doc/schema';
import { docNameFor } from '@cb/shared/protocol';
import type { Bus } from '../bus/Bus.ts';
import type { Logger } from '../logger.ts';
import type { SnapshotMeta, Store } from '../store/Store.ts';
import type { DocReader } from '../sync/roomTypes.ts';
import type { SnapshotReason } from './chain.ts';
import { renderSnapshotJson } from './render.ts';

/** What the snapshotter needs from the sync server. */
export interface SnapshotSource extends DocReader {
  onDocumentChanged(listener: (conferenceId: string) => void): () => void;
  isClosed(conferenceId: string): boolean;
}

export class Snapshotter {
  /** The tail of each conference's queue of snapshots (see `take`). */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Conferences whose documents changed since their last snapshot. */
  private readonly dirty = new Set<string>();
  /** When each conference's last snapshot was taken (epoch ms). */
  private readonly lastTaken = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly unsubscribe: (() => void)[];
  private readonly onStage = ({ conferenceId, stage }: { conferenceId: string; stage: Stage }): void => {
    // Closing takes its own snapshot (reason 'close').
    if (stage === 'closed') return;
    this.take(conferenceId, 'stage', stage).catch(() => undefined);
  };
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly docs: SnapshotSource,
    bus: Bus,
    private readonly log: Logger,
    /** The shortest time between two periodic snapshots of one conference (ms). */
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.unsubscribe = [
      docs.onDocumentChanged((conferenceId) => this.noteChange(conferenceId)),
      bus.subscribe('stageChanged', this.onStage),
    ];
  }

  /**
   * A document of the conference took an update: a periodic snapshot follows one interval after
   * the first change since the last snapshot, so a burst of edits makes one snapshot, not two.
   */
  private noteChange(conferenceId: string): void {
    if (this.stopped) return;
    this.dirty.add(conferenceId);
    this.schedule(conferenceId);
  }

  private schedule(conferenceId: string): void {
    if (this.timers.has(conferenceId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(conferenceId);
      this.periodic(conferenceId);
    }, this.intervalMs);
    timer.unref();
    this.timers.set(conferenceId, timer);
  }

  private periodic(conferenceId: string): void {
    if (this.stopped || !this.dirty.has(conferenceId) || this.docs.isClosed(conferenceId)) return;
    const last = this.lastTaken.get(conferenceId);
    // Another snapshot (stage, manual) was taken meanwhile: wait a full interval after that one.
    if (last !== undefined && this.now() < last + this.intervalMs) return this.schedule(conferenceId);
    this.take(conferenceId, 'periodic').catch(() => undefined);
  }

  /**
   * Takes a snapshot of both documents as they are now (everything accepted so far), after any
   * snapshot of the conference already under way. `stage` defaults to the room's current stage.
   */
  take(conferenceId: string, reason: SnapshotReason, stage?: Stage): Promise<SnapshotMeta> {
    const previous = this.queues.get(conferenceId) ?? Promise.resolve();
    const run = previous.then(() => this.takeNow(conferenceId, reason, stage));
    const tail = run.catch(() => undefined);
    this.queues.set(conferenceId, tail);
    void tail.then(() => {
      if (this.queues.get(conferenceId) === tail) this.queues.delete(conferenceId);
    });
    return run;
  }

  private async takeNow(conferenceId: string, reason: SnapshotReason, stage?: Stage): Promise<SnapshotMeta> {
    // Cleared before reading: a change that lands while we read marks it dirty again.
    const wasDirty = this.dirty.delete(conferenceId);
    try {
      const [publicState, restrictedState, room] = await Promise.all([
        this.docs.stateOf(docNameFor(conferenceId, false)),
        this.docs.stateOf(docNameFor(conferenceId, true)),
        stage ? Promise.resolve({ stage }) : this.store.getRoom(conferenceId),
      ]);
      const meta = await this.store.appendSnapshot({
        conferenceId,
        takenAt: new Date(this.now()).toISOString(),
        reason,
        stage: room.stage,
        publicState,
        restrictedState,
        json: renderSnapshotJson(publicState, restrictedState),
      });
      this.lastTaken.set(conferenceId, this.now());
      this.log.info(
        {
          conferenceId,
          seq: meta.seq,
          reason,
          stage: meta.stage,
          bytes: publicState.byteLength + restrictedState.byteLength,
        },
        'snapshot taken',
      );
      return meta;
    } catch (err) {
      this.log.error({ conferenceId, reason, err: (err as Error).message }, 'could not take a snapshot');
      if (wasDirty && !this.stopped) this.noteChange(conferenceId);
      throw err;
    }
  }

  /** The board changed since its last snapshot (as far as this process has seen). */
  changedSinceSnapshot(conferenceId: string): boolean {
    return this.dirty.has(conferenceId);
  }

  /** The conference is closed: no more periodic snapshots for it. */
  forget(conferenceId: string): void {
    clearTimeout(this.timers.get(conferenceId));
    this.timers.delete(conferenceId);
    this.dirty.delete(conferenceId);
    this.lastTaken.delete(conferenceId);
  }

  /** Stops scheduling and waits for snapshots under way. */
  async close(): Promise<void> {
    this.stopped = true;
    for (const stop of this.unsubscribe) stop();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all([...this.queues.values()]);
  }
}
