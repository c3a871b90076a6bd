/** Route guards: who is calling, and may they touch this conference? */
import type { Request } from 'express';
import { conferenceIdSchema } from '@cb/shared/protocol';
import type { ConferenceAccess, StaffIdentity } from '../access.ts';
import type { Deps } from '../deps.ts';
import { forbidden, notFound, unauthorised } from './errors.ts';

export async function requireStaff(deps: Deps, req: Request): Promise<StaffIdentity> {
  const staff = await deps.access.staff(req.headers.cookie);
  if (!staff) throw unauthorised();
  return staff;
}

export async function requireAdmin(deps: Deps, req: Request): Promise<StaffIdentity> {
  const staff = await requireStaff(deps, req);
  if (staff.user.role !== 'admin') throw forbidden();
  return staff;
}

/** Any valid access to the conference; a conference the caller may not see does not exist for them. */
export async function requireAccess(deps: Deps, req: Request, rawId: unknown): Promise<ConferenceAccess> {
  const id = conferenceIdSchema.safeParse(rawId);
  if (!id.success) throw notFound('That conference');
  const access = await deps.access.conference(req.headers.cookie, id.data);
  if (!access) {
    // Signed-in staff learn only that it is not theirs; anyone else is asked to sign in or reopen their link.
    if (await deps.access.staff(req.headers.cookie)) throw notFound('That conference');
    throw unauthorised();
  }
  return access;
}

/** Admins and the conference's chair manage it (links, exports). */
export async function requireManager(deps: Deps, req: Request, rawId: unknown): Promise<ConferenceAccess> {
  const access = await requireAccess(deps, req, rawId);
  const admitted = access.status === 'admitted';
  if (!(admitted && access.role === 'chair') && access.staff?.user.role !== 'admin') throw forbidden();
  return access;
}

/** The chair alone runs the room (lobby, removals, close). */
export async function requireChair(deps: Deps, req: Request, rawId: unknown): Promise<ConferenceAccess> {
  const access = await requireAccess(deps, req, rawId);
  if (access.role !== 'chair' || access.status !== 'admitted') throw forbidden();
  return access;
}

/** A short description of the caller for the audit log (never a token or a name of a child). */
export { actorOf } from '../actor.ts';
