/** Staff accounts (admins only): list, and create a chair or another admin. */
import { Router } from 'express';
import { createStaffUserSchema } from '@cb/shared/api';
import { staffActor } from '../actor.ts';
import { publicStaffUser } from '../auth/staff.ts';
import type { Deps } from '../deps.ts';
import { parseBody } from '../http/errors.ts';
import { requireAdmin } from '../http/guards.ts';
import { createStaffAccount } from '../users.ts';

export function userRoutes(deps: Deps): Router {
  const router = Router();

  router.get('/api/users', async (req, res) => {
    await requireAdmin(deps, req);
    res.json((await deps.store.listStaffUsers()).map(publicStaffUser));
  });

  router.post('/api/users', async (req, res) => {
    const admin = await requireAdmin(deps, req);
    const body = parseBody(createStaffUserSchema, req.body);
    const { user, oneTimePassword } = await createStaffAccount(deps.store, staffActor(admin.user.id), body);
    res.status(201).json({ user: publicStaffUser(user), oneTimePassword });
  });

  return router;
}
