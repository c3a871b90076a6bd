/** Links per role: create (the URL is shown once), list, revoke (closes their sockets at once). */
import { Router } from 'express';
import type { CreatedLink } from '@cb/shared/api';
import { presentLink } from '../conferences.ts';
import type { Deps } from '../deps.ts';
import { requireManager } from '../http/guards.ts';
import { LinkService } from '../links.ts';
import { bodyOf, on } from '../http/routeTable.ts';

export function linkRoutes(deps: Deps): Router {
  const router = Router();
  const links = new LinkService(deps.store, deps.hub, deps.bus);

  on(router, 'createLink', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    links.ensureOpen(access); // a closed conference is refused before its body is read
    const { link, token } = await links.create(access, bodyOf('createLink', req));
    const base = deps.config.publicUrl ?? `${req.protocol}://${req.headers.host ?? 'localhost'}`;
    const created: CreatedLink = { ...presentLink(link), url: `${base}/join/${token}` };
    res.status(201).json(created);
  });

  on(router, 'listLinks', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    res.json((await links.list(access)).map(presentLink));
  });

  on(router, 'revokeLink', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    await links.revoke(access, String(req.params.linkId));
    res.status(204).end();
  });

  return router;
}
