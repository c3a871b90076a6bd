/** Staff sign-in and sign-out (POST/DELETE /api/session), and who am I (GET /api/me). */
import { Router } from 'express';
import { publicStaffUser } from '../auth/staff.ts';
import { SessionService } from '../auth/sessions.ts';
import type { Deps } from '../deps.ts';
import { cookieAttributes, isSecure, SESSION_COOKIE, serializeCookie } from '../http/cookies.ts';
import { requireStaff } from '../http/guards.ts';
import { on } from '../http/routeTable.ts';

export function sessionRoutes(deps: Deps): Router {
  const router = Router();
  // Failures are limited per source (address + email, and address), never per account alone:
  // see http/rateLimit.ts. req.ip honours CB_TRUST_PROXY.
  const sessions = new SessionService(deps.store, deps.hub, deps.limits.signIn);
  const secure = (req: { secure: boolean }) => isSecure(deps.config.publicUrl, req);

  on(router, 'signIn', async (req, res) => {
    // The service reads the body itself, after the limits (see SessionService.signIn).
    const session = await sessions.signIn(req.ip, req.body);
    res.setHeader(
      'Set-Cookie',
      serializeCookie(SESSION_COOKIE, session.token, cookieAttributes(secure(req), session.maxAgeSeconds)),
    );
    res.json({ user: publicStaffUser(session.user) });
  });

  on(router, 'signOut', async (req, res) => {
    await sessions.signOut(await requireStaff(deps, req));
    res.setHeader(
      'Set-Cookie',
      serializeCookie(SESSION_COOKIE, '', { ...cookieAttributes(secure(req), 0), maxAge: 0 }),
    );
    res.status(204).end();
  });

  on(router, 'whoAmI', async (req, res) => {
    const staff = await requireStaff(deps, req);
    res.json({ user: publicStaffUser(staff.user) });
  });

  return router;
}
