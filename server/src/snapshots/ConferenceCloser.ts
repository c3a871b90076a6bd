/**
 * Closing a conference: any decision not yet shared with the family is shared (the outcome only),
 * the board stops taking changes from anyone, the final snapshot is taken
 * of exactly what was accepted, the conference is recorded as closed, every screen is told (the
 * stage becomes 'closed') and the audit log says who closed it and which snapshot is final.
 *
 * Connections stay open so people can still read the final board; a document update sent after
 * this (e.g. from a chair's device that was offline) closes its socket with `conferenceClosed`.
 */
import * as Y from 'yjs';
import { differsFromShared, readDecisions, shareDecision } from '@cb/shared/doc/decisions';
import { docNameFor } from '@cb/shared/protocol';
import type { ConferenceAccess } from '../access.ts';
import type { Bus } from '../bus/Bus.ts';
import { actorOf } from '../actor.ts';
import { DomainError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/Store.ts';
import type { Snapshotter } from './Snapshotter.ts';
import { auditLog } from '../audit.ts';

/** What the closer needs from the sync server. */
export interface Freezer {
  freezeConference(conferenceId: string): Promise<void>;
  unfreezeConference(conferenceId: string): void;
  stateOf(docName: string): Promise<Uint8Array>;
  change(docName: string, fn: (doc: Y.Doc) => void): Promise<void>;
}

/**
 * Closing makes the chair's decisions final, so each child's outcome the family's screen does not
 * show yet (never shared, or changed since) is shared now: the end screen and the family's minutes
 * then say what was decided. Only the outcome and category are copied (shareDecision).
 */
async function shareFinalDecisions(docs: Freezer, conferenceId: string): Promise<number> {
  const restricted = new Y.Doc();
  const publicNow = new Y.Doc();
  try {
    Y.applyUpdate(restricted, await docs.stateOf(docNameFor(conferenceId, true)));
    Y.applyUpdate(publicNow, await docs.stateOf(docNameFor(conferenceId, false)));
    const unshared = readDecisions(publicNow, restricted)
      .filter((d) => differsFromShared(d))
      .map((d) => d.childId);
    if (unshared.length === 0) return 0;
    await docs.change(docNameFor(conferenceId, false), (doc) => {
      for (const childId of unshared) shareDecision(doc, restricted, childId);
    });
    return unshared.length;
  } finally {
    restricted.destroy();
    publicNow.destroy();
  }
}

export interface ClosedConference {
  id: string;
  closedAt: string;
  snapshot: { seq: number; sha256: string };
}

const alreadyClosed = () =>
  new DomainError('conflict', 'ALREADY_CLOSED', 'This conference has already been closed.');

export class ConferenceCloser {
  /** Conferences being closed right now, so that a second request cannot race the first. */
  private readonly closing = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly docs: Freezer,
    private readonly snapshotter: Snapshotter,
    private readonly bus: Bus,
    private readonly log: Logger,
  ) {}

  async close(access: ConferenceAccess): Promise<ClosedConference> {
    const id = access.conference.id;
    if (access.conference.status === 'closed' || this.closing.has(id)) throw alreadyClosed();
    this.closing.add(id);
    try {
      const shared = await shareFinalDecisions(this.docs, id);
      if (shared > 0) this.log.info({ conferenceId: id, children: shared }, 'decisions shared at close');
      const closedAt = new Date().toISOString();
      await this.docs.freezeConference(id);
      let snapshot;
      let recorded;
      try {
        snapshot = await this.snapshotter.take(id, 'close', 'closed');
        recorded = await this.store.closeConference(id, closedAt);
      } catch (err) {
        // Not recorded as closed: the board must take changes again.
        this.docs.unfreezeConference(id);
        throw err;
      }
      // Someone else recorded the close first (the board stays frozen: it is closed).
      if (!recorded) throw alreadyClosed();
      this.snapshotter.forget(id);
      await this.store.setRoom(id, { stage: 'closed' }, closedAt);
      this.bus.publish({ type: 'roomChanged', conferenceId: id });
      this.bus.publish({ type: 'stageChanged', conferenceId: id, stage: 'closed' });
      await auditLog(this.store).record(
        actorOf(access),
        'conference-closed',
        id,
        { snapshotSeq: snapshot.seq, sha256: snapshot.sha256 },
        { at: closedAt },
      );
      this.log.info({ conferenceId: id, snapshotSeq: snapshot.seq }, 'conference closed');
      return { id, closedAt, snapshot: { seq: snapshot.seq, sha256: snapshot.sha256 } };
    } finally {
      this.closing.delete(id);
    }
  }
}
