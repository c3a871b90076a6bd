/**
 * Snapshots of a conference's board: the list (admin, its chair), one snapshot's full state for
 * the admin's history scrubber (admin, its chair: it holds professionals-only content, so each
 * read is audited), a snapshot taken by hand (its chair), and closing the conference (its chair).
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { parseBody } from '../http/errors.ts';
import { requireChair, requireManager } from '../http/guards.ts';
import type { ConferenceCloser } from '../snapshots/ConferenceCloser.ts';
import { SnapshotAccess } from '../snapshots/SnapshotAccess.ts';
import type { Snapshotter } from '../snapshots/Snapshotter.ts';
import type { SnapshotMeta } from '../store/Store.ts';

/** A snapshot's number in its conference (1, 2, 3 …), or `latest`. */
const seqSchema = z.union([
  z.literal('latest'),
  z
    .string()
    .regex(/^[1-9][0-9]{0,8}$/)
    .transform(Number),
]);

/** Both actions take an empty JSON object: there is nothing to choose. */
const emptyBodySchema = z.strictObject({}, 'Send an empty JSON object: {}');

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

  router.get('/api/conferences/:id/snapshots', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    res.json((await deps.store.listSnapshots(access.conference.id)).map(present));
  });

  router.get('/api/conferences/:id/snapshots/:seq/state', async (req, res) => {
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

  router.post('/api/conferences/:id/snapshots', async (req, res) => {
    const access = await requireChair(deps, req, req.params.id);
    parseBody(emptyBodySchema, req.body);
    res.status(201).json(present(await snapshots.takeByHand(access)));
  });

  router.post('/api/conferences/:id/close', async (req, res) => {
    const access = await requireChair(deps, req, req.params.id);
    parseBody(emptyBodySchema, req.body);
    res.json(await closer.close(access));
  });

  return router;
}
