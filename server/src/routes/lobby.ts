/** The chair's lobby over HTTP; the chair's screen does the same over /control. */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { decisionOptionsSchema } from '@cb/shared/protocol';
import type { Deps } from '../deps.ts';
import { notFound, parseBody } from '../http/errors.ts';
import { actorOf, requireChair } from '../http/guards.ts';
import type { Decision } from '../lobby.ts';

const participantIdSchema = z.uuid();

export function lobbyRoutes(deps: Deps): Router {
  const router = Router();

  router.get('/api/conferences/:id/lobby', async (req, res) => {
    const access = await requireChair(deps, req, req.params.id);
    res.json(await deps.lobby.waiting(access.conference.id));
  });

  const decide = (decision: Decision) => async (req: Request, res: Response) => {
    const access = await requireChair(deps, req, req.params.id);
    const participantId = participantIdSchema.safeParse(req.params.participantId);
    if (!participantId.success) throw notFound('That person');
    // Optional: `{revokeLink, coolOffMinutes}` for refuse and remove (see decisionOptionsSchema).
    const options = parseBody(decisionOptionsSchema.strict(), req.body);
    const p = await deps.lobby.decide(
      access.conference.id,
      participantId.data,
      decision,
      actorOf(access),
      options,
    );
    res.json({ participantId: p.id, status: p.status });
  };

  router.post('/api/conferences/:id/lobby/:participantId/admit', decide('admit'));
  router.post('/api/conferences/:id/lobby/:participantId/refuse', decide('refuse'));
  router.delete('/api/conferences/:id/participants/:participantId', decide('remove'));

  return router;
}
