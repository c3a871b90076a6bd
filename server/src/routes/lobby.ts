/** The chair's lobby over HTTP; the chair's screen does the same over /control. */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { notFound } from '../http/errors.ts';
import { requireChair } from '../http/guards.ts';
import type { Decision } from '../lobby.ts';
import { bodyOf, on } from '../http/routeTable.ts';

const participantIdSchema = z.uuid();

export function lobbyRoutes(deps: Deps): Router {
  const router = Router();

  on(router, 'lobby', async (req, res) => {
    const access = await requireChair(deps, req, req.params.id);
    res.json(await deps.lobby.waiting(access.conference.id));
  });

  const decide = (decision: Decision) => async (req: Request, res: Response) => {
    const access = await requireChair(deps, req, req.params.id);
    const participantId = participantIdSchema.safeParse(req.params.participantId);
    if (!participantId.success) throw notFound('That person');
    // Optional: `{revokeLink, coolOffMinutes}` for refuse and remove (see decisionOptionsSchema).
    const options = bodyOf(decision, req);
    const p = await deps.lobby.decide(access, participantId.data, decision, options);
    res.json({ participantId: p.id, status: p.status });
  };

  on(router, 'admit', decide('admit'));
  on(router, 'refuse', decide('refuse'));
  on(router, 'remove', decide('remove'));

  return router;
}
