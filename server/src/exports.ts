/**
 * The minutes and the plan as files, made from a snapshot of the board (the latest, or one named)
 * for professionals or as the family's copy, which is made from the public document alone. Each
 * export is audited (who, what, which snapshot; never content). Used by routes/exports.ts.
 */
import type { Audience, MinutesContext } from '@cb/shared/minutes/types';
import { DEFAULT_PROCEDURES, type Procedures } from '@cb/shared/procedures';
import { londonDate } from '@cb/shared/workingDays';
import type { ConferenceAccess } from './access.ts';
import { listDistribution } from './distribution.ts';
import { listReports } from './reports.ts';
import type { ExportFormat, ExportWhat } from './minutes/render.ts';
import type { RenderPool } from './minutes/renderPool.ts';
import { SnapshotAccess } from './snapshots/SnapshotAccess.ts';
import type { Snapshotter } from './snapshots/Snapshotter.ts';
import type { Store } from './store/Store.ts';

export interface ExportRequest {
  what: ExportWhat;
  format: ExportFormat;
  audience: Audience;
  /** A snapshot's number; none: the latest (taken now if the board has changed since). */
  snapshot?: number | undefined;
}

export interface ExportFile {
  body: string | Buffer;
  /** e.g. `conference-for-ada-and-ben-minutes-family-copy.pdf` */
  fileName: string;
}

/** "Conference for Ada and Ben" → "conference-for-ada-and-ben". */
export const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'conference';

export class MinutesExports {
  private readonly snapshots: SnapshotAccess;

  constructor(
    private readonly store: Store,
    snapshotter: Snapshotter,
    private readonly renders: RenderPool,
    private readonly procedures: Procedures = DEFAULT_PROCEDURES,
  ) {
    this.snapshots = new SnapshotAccess(store, snapshotter);
  }

  /** One export for a manager of the conference (the caller has checked that). */
  async make(access: ConferenceAccess, asked: ExportRequest): Promise<ExportFile> {
    const { what, format, audience } = asked;
    const taken = await this.snapshots.forExport(access, asked.snapshot);
    // Rendered on a worker thread: a big board's PDF must not stall the live conferences.
    const body = await this.renders.run({
      what,
      format,
      audience,
      publicState: taken.publicState,
      // The family's copy never even sends the professionals-only document to the renderer.
      restrictedState: audience === 'full' ? taken.restrictedState : null,
      context: await this.contextOf(access),
    });
    await this.snapshots.exported(access, { what, format, audience, snapshot: taken.seq });
    const copy = audience === 'family' ? '-family-copy' : '';
    return { body, fileName: `${slug(access.conference.title)}-${what}${copy}.${format}` };
  }

  /** What the minutes say about the conference itself, from the store's record. */
  private async contextOf(access: ConferenceAccess): Promise<MinutesContext> {
    const c = access.conference;
    // The person who chaired, as they joined; the assigned chair's account until it began.
    const chair = c.chairName ? null : await this.store.findStaffUser(c.chairUserId);
    return {
      conference: {
        id: c.id,
        kind: c.kind,
        title: c.title,
        scheduledAt: c.scheduledAt,
        startedAt: c.startedAt ?? null,
        closedAt: c.closedAt,
        chair: c.chairName ?? chair?.name ?? 'The chair',
        place: c.place,
        strategyDiscussionOn: c.strategyDiscussionOn ?? null,
        reason: c.reason ?? null,
      },
      children: c.children,
      today: londonDate(new Date()),
      procedures: this.procedures,
      reports: (await listReports(this.store, c, this.procedures)).map((r) => ({
        agency: r.agency,
        author: r.author,
        expectedBy: r.expectedBy,
        receivedOn: r.receivedOn,
        sharedWithFamilyOn: r.sharedWithFamilyOn,
        sharedWithChild: r.sharedWithChild,
        notSharedReason: r.notSharedReason,
      })),
      distribution: (await listDistribution(this.store, c.id)).map((e) => ({
        document: e.document,
        to: e.to,
        sentOn: e.sentOn,
        sentBy: e.sentBy,
      })),
    };
  }
}
