/** Who was invited and who came (the rules are in ../invitees.ts): managers of the conference. */
import { Router } from 'express';
import type { Deps } from '../deps.ts';
import { requireManager } from '../http/guards.ts';
import { inviteesOfConference } from '../invitees.ts';
import { on } from '../http/routeTable.ts';

export function inviteeRoutes(deps: Deps): Router {
  const router = Router();

  on(router, 'invitees', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    res.json(await inviteesOfConference(deps.store, access.conference.id));
  });

  return router;
}
