/**
 * Links per role: create (the URL is shown once), invite several people at once (a link each),
 * list, revoke (closes their sockets at once).
 */
import { Router, type Request } from 'express';
import type { CreatedLink } from '@cb/shared/api';
import { presentLink } from '../conferences.ts';
import type { Deps } from '../deps.ts';
import { requireManager } from '../http/guards.ts';
import { invitePeople, replaceLink } from '../invitations.ts';
import { LinkService } from '../links.ts';
import { bodyOf, on } from '../http/routeTable.ts';

export function linkRoutes(deps: Deps): Router {
  const router = Router();
  const links = new LinkService(deps.store, deps.hub, deps.bus);
  const baseOf = (req: Request) =>
    deps.config.publicUrl ?? `${req.protocol}://${req.headers.host ?? 'localhost'}`;

  on(router, 'createLink', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    links.ensureOpen(access); // a closed conference is refused before its body is read
    const { link, token } = await links.create(access, bodyOf('createLink', req));
    const created: CreatedLink = { ...presentLink(link), url: `${baseOf(req)}/join/${token}` };
    res.status(201).json(created);
  });

  /** Everyone at once: one link each (see invitations.ts). */
  on(router, 'invitePeople', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    links.ensureOpen(access);
    const body = bodyOf('invitePeople', req);
    res.status(201).json(await invitePeople(deps.store, links, access, body, baseOf(req)));
  });

  on(router, 'listLinks', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    res.json((await links.list(access)).map(presentLink));
  });

  /** A new link in place of one lost or never received: the old one stops working. */
  on(router, 'replaceLink', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    bodyOf('replaceLink', req);
    const replaced = await replaceLink(deps.store, links, access, String(req.params.linkId), baseOf(req));
    res.status(201).json(replaced);
  });

  on(router, 'revokeLink', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    await links.revoke(access, String(req.params.linkId));
    res.status(204).end();
  });

  return router;
}
