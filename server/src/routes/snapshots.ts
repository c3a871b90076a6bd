/**
 * Snapshots of a conference's board: the list (admin, its chair), one snapshot's full state for
 * the admin's history scrubber (admin, its chair: it holds professionals-only content, so each
 * read is audited), a snapshot taken by hand (its chair), and closing the conference (its chair).
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { requireChair, requireManager } from '../http/guards.ts';
import type { ConferenceCloser } from '../snapshots/ConferenceCloser.ts';
import { SnapshotAccess } from '../snapshots/SnapshotAccess.ts';
import type { Snapshotter } from '../snapshots/Snapshotter.ts';
import type { SnapshotMeta } from '../store/Store.ts';
import { bodyOf, on } from '../http/routeTable.ts';

/** A snapshot's number in its conference (1, 2, 3 …), or `latest`. */
const seqSchema = z.union([
  z.literal('latest'),
  z
    .string()
    .regex(/^[1-9][0-9]{0,8}$/)
    .transform(Number),
]);

const present = (m: SnapshotMeta) => ({
  seq: m.seq,
  takenAt: m.takenAt,
  reason: m.reason,
  stage: m.stage,
  sha256: m.sha256,
});

export function snapshotRoutes(deps: Deps, snapshotter: Snapshotter, closer: ConferenceCloser): Router {
  const router = Router();
  const snapshots = new SnapshotAccess(deps.store, snapshotter);

  on(router, 'listSnapshots', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    res.json((await deps.store.listSnapshots(access.conference.id)).map(present));
  });

  on(router, 'snapshotState', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    const seq = seqSchema.safeParse(req.params.seq);
    const snapshot = await snapshots.state(access, seq.success ? seq.data : null);
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      ...present(snapshot),
      publicState: Buffer.from(snapshot.publicState).toString('base64'),
      restrictedState: Buffer.from(snapshot.restrictedState).toString('base64'),
    });
  });

  on(router, 'takeSnapshot', async (req, res) => {
    const access = await requireChair(deps, req, req.params.id);
    bodyOf('takeSnapshot', req);
    res.status(201).json(present(await snapshots.takeByHand(access)));
  });

  on(router, 'close', async (req, res) => {
    const access = await requireChair(deps, req, req.params.id);
    bodyOf('close', req);
    res.json(await closer.close(access));
  });

  return router;
}
