/**
 * Distribution (admin, its chair): the list of documents sent, and recording one as sent. The
 * local procedures the due dates come from (staff).
 */
import { Router } from 'express';
import { PROCEDURE_RULES, ruleWords } from '@cb/shared/procedures';
import type { Deps } from '../deps.ts';
import { listDistribution, recordDistribution } from '../distribution.ts';
import { actorOf, requireManager, requireStaff } from '../http/guards.ts';
import { bodyOf, on } from '../http/routeTable.ts';

export function distributionRoutes(deps: Deps): Router {
  const router = Router();

  on(router, 'listDistribution', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    res.json(await listDistribution(deps.store, access.conference.id));
  });

  on(router, 'recordDistribution', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    const body = bodyOf('recordDistribution', req);
    res.status(201).json(await recordDistribution(deps.store, access, body, actorOf(access)));
  });

  on(router, 'procedures', async (req, res) => {
    await requireStaff(deps, req);
    const p = deps.config.procedures;
    res.json({
      authority: p.authority,
      procedures: p,
      from: deps.config.proceduresFrom,
      rules: PROCEDURE_RULES.map((rule) => ({ rule, value: p[rule], words: ruleWords(p, rule) })),
    });
  });

  return router;
}
