/** Links per role: create (the URL is shown once), list, revoke (closes their sockets at once). */
import { Router } from 'express';
import { randomUUID } from 'node:crypto';
import { createLinkSchema, type CreatedLink } from '@cb/shared/api';
import { CloseCode } from '@cb/shared/protocol';
import { presentLink } from '../conferences.ts';
import { hashToken, newToken } from '../crypto.ts';
import type { Deps } from '../deps.ts';
import { HttpError, notFound, parseBody } from '../http/errors.ts';
import { actorOf, requireManager } from '../http/guards.ts';
import type { LinkRow } from '../store/Store.ts';

export function linkRoutes(deps: Deps): Router {
  const router = Router();

  router.post('/api/conferences/:id/links', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    // A closed conference has no one left to let in: its records are read from the admin page.
    if (access.conference.status === 'closed' || access.conference.purgedAt)
      throw new HttpError(
        409,
        'CONFERENCE_CLOSED',
        'This conference has been closed, so no new links can be made.',
      );
    const body = parseBody(createLinkSchema, req.body);
    const token = newToken();
    const link: LinkRow = {
      id: randomUUID(),
      conferenceId: access.conference.id,
      role: body.role,
      label: body.label,
      tokenHash: hashToken(token),
      createdBy: actorOf(access),
      createdAt: new Date().toISOString(),
      expiresAt: body.expiresAt ? new Date(body.expiresAt).toISOString() : null,
      revokedAt: null,
    };
    await deps.store.createLink(link);
    await deps.store.audit({
      at: link.createdAt,
      actor: actorOf(access),
      action: 'link-created',
      conferenceId: link.conferenceId,
      detail: { linkId: link.id, role: link.role, expiresAt: link.expiresAt },
    });
    const base = deps.config.publicUrl ?? `${req.protocol}://${req.headers.host ?? 'localhost'}`;
    const created: CreatedLink = { ...presentLink(link), url: `${base}/join/${token}` };
    res.status(201).json(created);
  });

  router.get('/api/conferences/:id/links', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    res.json((await deps.store.listLinks(access.conference.id)).map(presentLink));
  });

  router.delete('/api/conferences/:id/links/:linkId', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    const link = await deps.store.findLink(String(req.params.linkId));
    if (!link || link.conferenceId !== access.conference.id) throw notFound('That link');
    const at = new Date().toISOString();
    await deps.store.revokeLink(link.id, at);
    const closed = deps.hub.end({ linkId: link.id }, CloseCode.linkRevoked);
    await deps.store.audit({
      at,
      actor: actorOf(access),
      action: 'link-revoked',
      conferenceId: link.conferenceId,
      detail: { linkId: link.id, connectionsClosed: closed },
    });
    deps.bus.publish({ type: 'lobbyChanged', conferenceId: link.conferenceId });
    res.status(204).end();
  });

  return router;
}
