/** Conferences: create, list, read, who-am-I-here, audit. */
import { Router } from 'express';
import type { MembershipAnswer } from '@cb/shared/api';
import { auditInWords } from '../audit.ts';
import { openConference, presentConference } from '../conferences.ts';
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
    res.status(201).json(await presentConference(deps.store, conference));
  });

  on(router, 'listConferences', async (req, res) => {
    const staff = await requireStaff(deps, req);
    const rows = await deps.store.listConferences(
      staff.user.role === 'admin' ? {} : { chairUserId: staff.user.id },
    );
    res.json(await Promise.all(rows.map((c) => presentConference(deps.store, c))));
  });

  on(router, 'getConference', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    res.json(await presentConference(deps.store, access.conference));
  });

  /**
   * Anyone with access: their role and lobby status in this conference. The conference itself
   * (title, date, children's names) only for those let in: someone waiting, refused or removed
   * sees the lobby or a message, which name no one.
   */
  on(router, 'membership', async (req, res) => {
    const access = await requireAccess(deps, req, req.params.id).catch(async (err: unknown) => {
      // Turned away with their link: they are told that again, and nothing else.
      const out =
        err instanceof HttpError && err.status === 401
          ? await deps.access.turnedAway(req.headers.cookie, String(req.params.id))
          : null;
      if (!out) throw err;
      return out;
    });
    if (!('conference' in access)) {
      const answer: MembershipAnswer = {
        conferenceId: access.conferenceId,
        role: access.role,
        participantId: access.id,
        name: access.name,
        status: access.status,
      };
      res.json(answer);
      return;
    }
    const me: MembershipAnswer = {
      conferenceId: access.conference.id,
      role: access.role,
      participantId: access.participant?.id ?? null,
      name: access.name,
      status: access.status,
    };
    if (access.status === 'admitted') {
      me.conference = {
        title: access.conference.title,
        scheduledAt: access.conference.scheduledAt,
        children: access.conference.children.map((c) => ({ id: c.id, name: c.name })),
        drawingLicenseKey: deps.config.tldrawLicenseKey ?? null,
      };
    }
    res.json(me);
  });

  on(router, 'auditLog', async (req, res) => {
    await requireAdmin(deps, req);
    const access = await requireAccess(deps, req, req.params.id);
    res.json(await auditInWords(deps.store, access.conference.id));
  });

  return router;
}
