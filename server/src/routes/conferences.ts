/** Conferences: create, list, read, who-am-I-here, audit. */
import { Router } from 'express';
import { createConferenceSchema, type MembershipAnswer } from '@cb/shared/api';
import { createConference, presentConference } from '../conferences.ts';
import type { Deps } from '../deps.ts';
import { HttpError, parseBody } from '../http/errors.ts';
import { requireAccess, requireAdmin, requireManager, requireStaff } from '../http/guards.ts';

/** An audit actor (`staff:<id>`, `participant:<id> (role)`, `system:…`) in words for the admin. */
async function whoIs(deps: Deps, actor: string): Promise<string> {
  const [kind, rest = ''] = actor.split(':', 2);
  const id = rest.split(' ')[0] ?? '';
  if (kind === 'staff') return (await deps.store.findStaffUser(id))?.name ?? 'A member of staff';
  if (kind === 'participant') {
    const p = await deps.store.findParticipant(id);
    const role = /\((\w+)\)/.exec(rest)?.[1];
    return p ? `${p.name}${role ? ` (${role})` : ''}` : 'Someone who joined by link';
  }
  return kind === 'system' ? 'The system' : actor;
}

export function conferenceRoutes(deps: Deps): Router {
  const router = Router();

  router.post('/api/conferences', async (req, res) => {
    const admin = await requireAdmin(deps, req);
    const body = parseBody(createConferenceSchema, req.body);
    let chair = admin.user;
    if (body.chairEmail) {
      const named = await deps.store.findStaffUserByEmail(body.chairEmail);
      if (!named) {
        throw new HttpError(
          400,
          'INVALID_INPUT',
          'There is no staff account with that chair email. Create the chair first.',
          {
            chairEmail: 'No staff account with this email',
          },
        );
      }
      chair = named;
    }
    const previous = body.previousConferenceId
      ? await deps.store.findConference(body.previousConferenceId)
      : undefined;
    if (previous === null) {
      throw new HttpError(
        400,
        'INVALID_INPUT',
        'There is no earlier conference with that id to carry the plan forward from.',
        {
          previousConferenceId: 'No conference with this id',
        },
      );
    }
    const conference = await createConference(
      deps.store,
      body,
      chair,
      `staff:${admin.user.id}`,
      undefined,
      previous,
    );
    await deps.store.audit({
      at: conference.createdAt,
      actor: `staff:${admin.user.id}`,
      action: 'conference-created',
      conferenceId: conference.id,
      detail: { kind: conference.kind, chairUserId: chair.id, previousConferenceId: previous?.id ?? null },
    });
    res.status(201).json(await presentConference(deps.store, conference));
  });

  router.get('/api/conferences', async (req, res) => {
    const staff = await requireStaff(deps, req);
    const rows = await deps.store.listConferences(
      staff.user.role === 'admin' ? {} : { chairUserId: staff.user.id },
    );
    res.json(await Promise.all(rows.map((c) => presentConference(deps.store, c))));
  });

  router.get('/api/conferences/:id', async (req, res) => {
    const access = await requireManager(deps, req, req.params.id);
    res.json(await presentConference(deps.store, access.conference));
  });

  /**
   * Anyone with access: their role and lobby status in this conference. The conference itself
   * (title, date, children's names) only for those let in: someone waiting, refused or removed
   * sees the lobby or a message, which name no one.
   */
  router.get('/api/conferences/:id/me', async (req, res) => {
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

  router.get('/api/conferences/:id/audit', async (req, res) => {
    await requireAdmin(deps, req);
    const access = await requireAccess(deps, req, req.params.id);
    const entries = await deps.store.listAudit(access.conference.id);
    res.json(await Promise.all(entries.map(async (e) => ({ ...e, who: await whoIs(deps, e.actor) }))));
  });

  return router;
}
