/**
 * The retention purge (CB_RETENTION_DAYS): for conferences closed more than that many days ago,
 * their document updates, snapshots, links, participants, raised hands, suggestions and children
 * are removed and their personal fields emptied; the conference row stays, marked purged, and an
 * audit row `records-purged` (counts only) is added. Audit rows are never removed.
 *
 * Open conferences are never touched: only closed ones are listed, and the store re-checks,
 * inside the purge's own transaction, that the conference is closed and old enough.
 */
import type { Logger } from '../logger.ts';
import type { AuditPort, ClosingPort, PurgeCounts } from '../store/Store.ts';
import { systemActor } from '../actor.ts';
import { auditLog } from '../audit.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the purge needs from the sync server. */
export interface Evictor {
  /** Closes every connection to the conference and drops its documents from memory, unwritten. */
  evictConference(conferenceId: string): Promise<void>;
}

export interface PurgedConference extends PurgeCounts {
  conferenceId: string;
}

export class RetentionJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<PurgedConference[]> | null = null;

  constructor(
    private readonly store: ClosingPort & AuditPort,
    private readonly docs: Evictor,
    private readonly log: Logger,
    /** Closed conferences older than this are purged (whole days, > 0). */
    private readonly retentionDays: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(retentionDays) || retentionDays < 1) {
      throw new Error('The retention period must be a whole number of days, at least 1');
    }
  }

  /** Purges once now, then once a day. The timer does not keep the process alive. */
  start(): void {
    const run = () => void this.purgeOnce().catch(() => undefined);
    run();
    this.timer = setInterval(run, DAY_MS);
    this.timer.unref();
  }

  /** One pass; a pass already under way is joined rather than run twice. */
  purgeOnce(): Promise<PurgedConference[]> {
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(): Promise<PurgedConference[]> {
    const at = new Date(this.now());
    const cutoff = new Date(at.getTime() - this.retentionDays * DAY_MS).toISOString();
    const purged: PurgedConference[] = [];
    for (const conferenceId of await this.store.listConferencesClosedBefore(cutoff)) {
      try {
        await this.docs.evictConference(conferenceId);
        const counts = await this.store.purgeConference(conferenceId, cutoff, at.toISOString());
        if (!counts) continue;
        await auditLog(this.store).record(
          systemActor('retention'),
          'records-purged',
          conferenceId,
          { retentionDays: this.retentionDays, ...counts },
          { at: at.toISOString() },
        );
        purged.push({ conferenceId, ...counts });
        this.log.info({ conferenceId, ...counts }, 'records purged under the retention policy');
      } catch (err) {
        this.log.error({ conferenceId, err: (err as Error).message }, 'could not purge a conference');
      }
    }
    return purged;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}
