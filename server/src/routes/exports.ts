/**
 * GET /api/conferences/:id/minutes and …/plan (made in ../exports.ts): HTML, PDF, Word and JSON,
 * for professionals or as the family's copy, from the latest snapshot or one named; …/letter, the
 * family's decision letter once closed (HTML, PDF, Word; the family's audience only).
 */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { DomainError, parseInput } from '../errors.ts';
import { MinutesExports } from '../exports.ts';
import { requireManager } from '../http/guards.ts';
import type { ExportFormat as Format, ExportWhat as What } from '../minutes/render.ts';
import type { RenderPool } from '../minutes/renderPool.ts';
import type { Snapshotter } from '../snapshots/Snapshotter.ts';

const audience = z.enum(['full', 'family']).default('full');
const snapshot = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/, 'A snapshot number, e.g. 3')
  .transform(Number)
  .optional();
const QUERIES = {
  minutes: z.object({ format: z.enum(['html', 'pdf', 'docx', 'json']).default('pdf'), audience, snapshot }),
  plan: z.object({ format: z.enum(['html', 'pdf', 'docx']).default('pdf'), audience, snapshot }),
  // The letter is the family's: there is no professionals' version to ask for.
  letter: z.object({
    format: z.enum(['html', 'pdf', 'docx']).default('pdf'),
    audience: z
      .literal('family', 'The letter is written for the family: leave audience out, or use family')
      .default('family'),
    snapshot,
  }),
} satisfies Record<What, z.ZodType>;

const TYPES: Record<Format, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
};

export function exportRoutes(deps: Deps, snapshotter: Snapshotter, renders: RenderPool): Router {
  const router = Router();
  const exports = new MinutesExports(deps.store, snapshotter, renders, deps.config.procedures);

  const exportOf = (what: What) => async (req: Request, res: Response) => {
    const access = await requireManager(deps, req, req.params.id);
    const q = parseInput(QUERIES[what], req.query, 'The export was asked for in a way we do not understand.');
    if (what === 'letter' && access.conference.status !== 'closed') {
      throw new DomainError(
        'conflict',
        'CONFERENCE_OPEN',
        'The family’s letter is made when the chair closes the conference: it says what was decided.',
      );
    }
    const file = await exports.make(access, { what, ...q });
    res.setHeader('Content-Type', TYPES[q.format]);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(file.body);
  };

  router.get('/api/conferences/:id/minutes', exportOf('minutes'));
  router.get('/api/conferences/:id/plan', exportOf('plan'));
  router.get('/api/conferences/:id/letter', exportOf('letter'));

  return router;
}
