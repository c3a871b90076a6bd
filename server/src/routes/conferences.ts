/** Conferences: create, list, read, who-am-I-here, audit. */
import { Router } from 'express';
import { auditInWords } from '../audit.ts';
import { conferencesFor, membershipOf, openConference, presentConference } from '../conferences.ts';
import type { Deps } from '../deps.ts';
import { HttpError } from '../http/errors.ts';
import { requireAccess, requireAdmin, requireManager, requireStaff } from '../http/guards.ts';
import { bodyOf, on } from '../http/routeTable.ts';

export function conferenceRoutes(deps: Deps): Router {
  const router = Router();

  on(router, 'createConference', async (req, res) => {
    const admin = await requireAdmin(deps, req);
    const body = bodyOf('createConference', req);
    const conference = await openConference(deps.store, body, admin.user);
    res.status(201).json(await presentConference(deps.store, conference, deps.config.procedures));
  });

  on(router, 'listConferences', async (req, res) => {
    const staff = await requireStaff(deps, req);
    res.json(await conferencesFor(deps.store, staff.user, deps.config.procedures));
  });

  on(router, 'getConference', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    res.json(await presentConference(deps.store, access.conference, deps.config.procedures));
  });

  /** Anyone with access: their role and lobby status in this conference (see membershipOf). */
  on(router, 'membership', async (req, res) => {
    const who = await requireAccess(deps, req, req.params.id).catch(async (err: unknown) => {
      // Turned away with their link: they are told that again, and nothing else.
      const turnedAway =
        err instanceof HttpError && err.status === 401
          ? await deps.access.turnedAway(req.headers.cookie, String(req.params.id))
          : null;
      if (!turnedAway) throw err;
      return { turnedAway };
    });
    res.json(membershipOf(who, deps.config.tldrawLicenseKey ?? null, deps.config.procedures));
  });

  on(router, 'auditLog', async (req, res) => {
    await requireAdmin(deps, req);
    const access = await requireAccess(deps, req, req.params.id);
    res.json(await auditInWords(deps.store, access.conference.id));
  });

  return router;
}
