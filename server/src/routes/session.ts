/** Staff sign-in and sign-out (POST/DELETE /api/session), and who am I (GET /api/me). */
import { Router } from 'express';
import { randomBytes } from 'node:crypto';
import { CloseCode } from '@cb/shared/protocol';
import { dummyHash, verifyPassword } from '../auth/passwords.ts';
import { publicStaffUser } from '../auth/staff.ts';
import { hashToken } from '../crypto.ts';
import type { Deps } from '../deps.ts';
import { cookieAttributes, SESSION_COOKIE, serializeCookie } from '../http/cookies.ts';
import { HttpError } from '../http/errors.ts';
import { requireStaff } from '../http/guards.ts';
import { minutesWords } from '../http/rateLimit.ts';
import { staffActor } from '../actor.ts';
import { auditLog } from '../audit.ts';
import { bodyOf, on } from '../http/routeTable.ts';

export const SESSION_HOURS = 12;

export function isSecure(deps: Deps, req: { secure: boolean }): boolean {
  return req.secure || (deps.config.publicUrl?.startsWith('https://') ?? false);
}

export function sessionRoutes(deps: Deps): Router {
  const router = Router();
  // Failures are limited per source (address + email, and address), never per account alone:
  // see http/rateLimit.ts. req.ip honours CB_TRUST_PROXY.
  const limiter = deps.limits.signIn;

  on(router, 'signIn', async (req, res) => {
    const rawEmail =
      typeof req.body?.email === 'string' ? req.body.email.trim().toLowerCase().slice(0, 254) : '';
    const verdict = await limiter.check(req.ip, rawEmail);
    if (verdict.waitMs > 0) {
      res.setHeader('Retry-After', String(Math.ceil(verdict.waitMs / 1000)));
      throw new HttpError(
        429,
        'TOO_MANY_ATTEMPTS',
        `Too many sign-in attempts. Please wait ${minutesWords(verdict.waitMs)} and try again.`,
      );
    }
    if (verdict.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, verdict.delayMs));
    const body = bodyOf('signIn', req);
    const user = await deps.store.findStaffUserByEmail(body.email);
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), body.password);
    const at = new Date().toISOString();
    if (!user || !ok) {
      await limiter.failed(req.ip, rawEmail);
      await auditLog(deps.store).record(
        { kind: 'anonymous' },
        'sign-in-failed',
        null,
        { userId: user?.id ?? null },
        { at },
      );
      throw new HttpError(401, 'BAD_CREDENTIALS', 'That email and password do not match.');
    }
    await limiter.succeeded(req.ip, rawEmail);
    const token = randomBytes(32).toString('base64url');
    const expires = new Date(Date.now() + SESSION_HOURS * 3600 * 1000);
    await deps.store.createSession({
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: at,
      expiresAt: expires.toISOString(),
    });
    await auditLog(deps.store).record(staffActor(user.id), 'sign-in', null, {}, { at });
    res.setHeader(
      'Set-Cookie',
      serializeCookie(SESSION_COOKIE, token, cookieAttributes(isSecure(deps, req), SESSION_HOURS * 3600)),
    );
    res.json({ user: publicStaffUser(user) });
  });

  on(router, 'signOut', async (req, res) => {
    const staff = await requireStaff(deps, req);
    await deps.store.deleteSession(staff.sessionTokenHash);
    deps.hub.end({ sessionTokenHash: staff.sessionTokenHash }, CloseCode.unauthorised);
    await auditLog(deps.store).record(staffActor(staff.user.id), 'sign-out', null, {});
    res.setHeader(
      'Set-Cookie',
      serializeCookie(SESSION_COOKIE, '', { ...cookieAttributes(isSecure(deps, req), 0), maxAge: 0 }),
    );
    res.status(204).end();
  });

  on(router, 'whoAmI', async (req, res) => {
    const staff = await requireStaff(deps, req);
    res.json({ user: publicStaffUser(staff.user) });
  });

  return router;
}
