/** Staff accounts (admins only): list, and create a chair or another admin. */
import { Router } from 'express';
import { staffActor } from '../actor.ts';
import { publicStaffUser } from '../auth/staff.ts';
import type { Deps } from '../deps.ts';
import { requireAdmin } from '../http/guards.ts';
import { createStaffAccount } from '../users.ts';
import { bodyOf, on } from '../http/routeTable.ts';

export function userRoutes(deps: Deps): Router {
  const router = Router();

  on(router, 'listUsers', async (req, res) => {
    await requireAdmin(deps, req);
    res.json((await deps.store.listStaffUsers()).map(publicStaffUser));
  });

  on(router, 'createUser', async (req, res) => {
    const admin = await requireAdmin(deps, req);
    const body = bodyOf('createUser', req);
    const { user, oneTimePassword } = await createStaffAccount(deps.store, staffActor(admin.user.id), body);
    res.status(201).json({ user: publicStaffUser(user), oneTimePassword });
  });

  return router;
}
