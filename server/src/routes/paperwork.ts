/**
 * Before and after the meeting (admin, its chair): agencies' reports (listed, added, changed), the
 * documents sent and recording one as sent; the local procedures the due dates come from (staff).
 */
import { Router } from 'express';
import { PROCEDURE_RULES, ruleWords } from '@cb/shared/procedures';
import type { Deps } from '../deps.ts';
import { listDistribution, recordDistribution } from '../distribution.ts';
import { actorOf, requireManager, requireStaff } from '../http/guards.ts';
import { bodyOf, on } from '../http/routeTable.ts';
import { listReports, saveReport } from '../reports.ts';

export function paperworkRoutes(deps: Deps): Router {
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

  on(router, 'listReports', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    res.json(await listReports(deps.store, access.conference, deps.config.procedures));
  });

  on(router, 'addReport', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    const body = bodyOf('addReport', req);
    res.status(201).json(await saveReport(deps.store, access, body, actorOf(access), deps.config.procedures));
  });

  on(router, 'updateReport', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    const body = bodyOf('updateReport', req);
    const id = String(req.params.reportId);
    res.json(await saveReport(deps.store, access, body, actorOf(access), deps.config.procedures, id));
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
