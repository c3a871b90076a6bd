/** Staff accounts (admins only): list, and create a chair or another admin. */
import { Router } from 'express';
import { createStaffUserSchema } from '@cb/shared/api';
import { createStaffUser, publicStaffUser } from '../auth/staff.ts';
import type { Deps } from '../deps.ts';
import { HttpError, parseBody } from '../http/errors.ts';
import { requireAdmin } from '../http/guards.ts';

export function userRoutes(deps: Deps): Router {
  const router = Router();

  router.get('/api/users', async (req, res) => {
    await requireAdmin(deps, req);
    res.json((await deps.store.listStaffUsers()).map(publicStaffUser));
  });

  router.post('/api/users', async (req, res) => {
    const admin = await requireAdmin(deps, req);
    const body = parseBody(createStaffUserSchema, req.body);
    if (await deps.store.findStaffUserByEmail(body.email)) {
      throw new HttpError(409, 'EMAIL_TAKEN', 'There is already an account with that email.', {
        email: 'Already in use',
      });
    }
    const { user, oneTimePassword } = await createStaffUser(deps.store, body);
    await deps.store.audit({
      at: user.createdAt,
      actor: `staff:${admin.user.id}`,
      action: 'staff-user-created',
      conferenceId: null,
      detail: { userId: user.id, role: user.role },
    });
    res.status(201).json({ user: publicStaffUser(user), oneTimePassword });
  });

  return router;
}
