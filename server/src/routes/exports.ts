/**
 * The minutes and the plan, made from a snapshot of the board (the latest, or one named): HTML,
 * PDF, Word and JSON, for professionals or as the family's copy. The family's copy is made from
 * the public document alone. Every export is audited (who, what, which snapshot; never content).
 */
import { Router, type Response } from 'express';
import { z } from 'zod';
import type { Audience, MinutesContext } from '@cb/shared/minutes/types';
import { londonDate } from '@cb/shared/workingDays';
import type { ConferenceAccess } from '../access.ts';
import type { Deps } from '../deps.ts';
import { HttpError } from '../http/errors.ts';
import { requireManager } from '../http/guards.ts';
import type { ExportFormat as Format, ExportWhat as What } from '../minutes/render.ts';
import type { RenderPool } from '../minutes/renderPool.ts';
import { SnapshotAccess } from '../snapshots/SnapshotAccess.ts';
import type { Snapshotter } from '../snapshots/Snapshotter.ts';
import type { Snapshot } from '../store/Store.ts';

const audience = z.enum(['full', 'family']).default('full');
const snapshot = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/, 'A snapshot number, e.g. 3')
  .transform(Number)
  .optional();
const minutesQuery = z.object({
  format: z.enum(['html', 'pdf', 'docx', 'json']).default('pdf'),
  audience,
  snapshot,
});
const planQuery = z.object({ format: z.enum(['html', 'pdf', 'docx']).default('pdf'), audience, snapshot });

const TYPES: Record<Format, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
};

function parseQuery<T>(schema: z.ZodType<T>, query: unknown): T {
  const r = schema.safeParse(query);
  if (r.success) return r.data;
  const fields = Object.fromEntries(r.error.issues.map((i) => [i.path.join('.') || '_', i.message]));
  throw new HttpError(
    400,
    'INVALID_INPUT',
    'The export was asked for in a way we do not understand.',
    fields,
  );
}

/** "Conference for Ada and Ben" → "conference-for-ada-and-ben". */
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'conference';

export function exportRoutes(deps: Deps, snapshotter: Snapshotter, renders: RenderPool): Router {
  const router = Router();
  const snapshots = new SnapshotAccess(deps.store, snapshotter);

  /** What the minutes say about the conference itself, from the store's record. */
  async function contextOf(access: ConferenceAccess): Promise<MinutesContext> {
    const c = access.conference;
    const chair = await deps.store.findStaffUser(c.chairUserId);
    return {
      conference: {
        id: c.id,
        kind: c.kind,
        title: c.title,
        scheduledAt: c.scheduledAt,
        startedAt: null,
        closedAt: c.closedAt,
        chair: chair?.name ?? 'The chair',
        place: c.place,
      },
      children: c.children,
      today: londonDate(new Date()),
    };
  }

  async function send(
    res: Response,
    access: ConferenceAccess,
    what: What,
    format: Format,
    who: Audience,
    taken: Snapshot,
  ): Promise<void> {
    // Rendered on a worker thread: a big board's PDF must not stall the live conferences.
    const body = await renders.run({
      what,
      format,
      audience: who,
      publicState: taken.publicState,
      // The family's copy never even sends the professionals-only document to the renderer.
      restrictedState: who === 'full' ? taken.restrictedState : null,
      context: await contextOf(access),
    });
    const name = `${slug(access.conference.title)}-${what}${who === 'family' ? '-family-copy' : ''}.${format}`;
    await snapshots.exported(access, { what, format, audience: who, snapshot: taken.seq });
    res.setHeader('Content-Type', TYPES[format]);
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(body);
  }

  router.get('/api/conferences/:id/minutes', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    const q = parseQuery(minutesQuery, req.query);
    const taken = await snapshots.forExport(access, q.snapshot);
    await send(res, access, 'minutes', q.format, q.audience, taken);
  });

  router.get('/api/conferences/:id/plan', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    const q = parseQuery(planQuery, req.query);
    const taken = await snapshots.forExport(access, q.snapshot);
    await send(res, access, 'plan', q.format, q.audience, taken);
  });

  return router;
}
