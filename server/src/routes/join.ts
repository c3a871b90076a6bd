/**
 * GET/POST /join/:token: a link's token becomes a conference- and role-scoped cookie for one
 * named person, then a 303 to the board. Chair links are let straight in; everyone else waits in
 * the lobby. A browser that already joined through the same link keeps its place (a room screen
 * is let in once per device).
 */
import { Router, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import { joinSchema } from '@cb/shared/api';
import { waitsInLobby } from '@cb/shared/protocol';
import { linkIsLive } from '../access.ts';
import { hashToken, newToken } from '../crypto.ts';
import type { Deps } from '../deps.ts';
import { cookieAttributes, participantCookie, serializeCookie } from '../http/cookies.ts';
import type { LinkRow, ParticipantRow } from '../store/Store.ts';
import { askAgainLaterPage, tooManyTriesPage } from './joinLimitPage.ts';
import { joinFormPage, linkProblemPage } from './joinPage.ts';
import { isSecure } from './session.ts';
import { participantActor } from '../actor.ts';
import { auditLog } from '../audit.ts';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;
const DEFAULT_COOKIE_DAYS = 7;

export function joinRoutes(deps: Deps): Router {
  const router = Router();

  async function findLink(req: Request, res: Response): Promise<LinkRow | null> {
    const token = String(req.params.token ?? '');
    res.type('html').setHeader('Cache-Control', 'no-store');
    // The URL holds the token, so it is never sent to another site; 'no-referrer' would go further
    // and make browsers send `Origin: null` with the name form, which the CSRF check refuses.
    res.setHeader('Referrer-Policy', 'same-origin');
    // An address that tried too many unknown tokens gets no answer about any token (see rateLimit.ts).
    const waitMs = await deps.limits.join.check(req.ip);
    if (waitMs > 0) {
      res.setHeader('Retry-After', String(Math.ceil(waitMs / 1000)));
      res.status(429).send(tooManyTriesPage(waitMs));
      return null;
    }
    const link = TOKEN_PATTERN.test(token) ? await deps.store.findLinkByTokenHash(hashToken(token)) : null;
    if (!link) {
      await deps.limits.join.unknown(req.ip);
      res.status(404).send(linkProblemPage('unknown'));
      return null;
    }
    if (!linkIsLive(link)) {
      res.status(410).send(linkProblemPage('ended'));
      return null;
    }
    return link;
  }

  /** The person this browser already is in the conference, from its cookie. */
  type Existing = Awaited<ReturnType<Deps['access']['participant']>>;

  /**
   * A device the chair refused or removed may not ask again through the same link until the
   * cooling-off period is over: answers the wait page and true while it is not.
   */
  function coolingOff(res: Response, link: LinkRow, existing: Existing): boolean {
    const until = existing?.link.id === link.id ? existing.participant.coolOffUntil : null;
    const waitMs = until ? new Date(until).getTime() - Date.now() : 0;
    if (waitMs <= 0) return false;
    res.setHeader('Retry-After', String(Math.ceil(waitMs / 1000)));
    res.status(429).send(askAgainLaterPage(waitMs));
    return true;
  }

  async function join(req: Request, res: Response, link: LinkRow, rawName: unknown): Promise<void> {
    const conference = await deps.store.findConference(link.conferenceId);
    if (!conference) {
      res.status(404).send(linkProblemPage('unknown'));
      return;
    }
    const existing = await deps.access.participant(req.headers.cookie, conference.id);
    if (coolingOff(res, link, existing)) return;
    const parsed = joinSchema.safeParse({ name: rawName });
    if (!parsed.success) {
      res
        .status(400)
        .send(joinFormPage(conference.title, link.role, 'Please enter your name (up to 80 characters).'));
      return;
    }
    if (
      existing &&
      existing.link.id === link.id &&
      (existing.participant.status === 'admitted' || existing.participant.status === 'waiting')
    ) {
      res.redirect(303, `/c/${conference.id}`);
      return;
    }
    const token = newToken();
    const now = new Date();
    const participant: ParticipantRow = {
      id: randomUUID(),
      conferenceId: conference.id,
      linkId: link.id,
      role: link.role,
      name: parsed.data.name,
      tokenHash: hashToken(token),
      status: waitsInLobby(link.role) ? 'waiting' : 'admitted',
      createdAt: now.toISOString(),
      decidedAt: null,
      coolOffUntil: null,
    };
    await deps.store.createParticipant(participant);
    await auditLog(deps.store).record(
      participantActor(participant.id, participant.role),
      'joined',
      conference.id,
      { linkId: link.id, role: link.role, waiting: participant.status === 'waiting' },
      { at: participant.createdAt },
    );
    const maxAge = link.expiresAt
      ? Math.max(60, Math.floor((new Date(link.expiresAt).getTime() - now.getTime()) / 1000))
      : DEFAULT_COOKIE_DAYS * 86400;
    res.setHeader(
      'Set-Cookie',
      serializeCookie(participantCookie(conference.id), token, cookieAttributes(isSecure(deps, req), maxAge)),
    );
    if (participant.status === 'waiting')
      deps.bus.publish({ type: 'lobbyChanged', conferenceId: conference.id });
    res.redirect(303, `/c/${conference.id}`);
  }

  router.get('/join/:token', async (req, res) => {
    const link = await findLink(req, res);
    if (!link) return;
    if (typeof req.query.name === 'string') return join(req, res, link, req.query.name);
    if (coolingOff(res, link, await deps.access.participant(req.headers.cookie, link.conferenceId))) return;
    const conference = await deps.store.findConference(link.conferenceId);
    res.send(joinFormPage(conference?.title ?? 'Conference', link.role));
  });

  router.post('/join/:token', async (req, res) => {
    const link = await findLink(req, res);
    if (!link) return;
    await join(req, res, link, (req.body as { name?: unknown } | undefined)?.name);
  });

  return router;
}
