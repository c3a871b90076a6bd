/**
 * GET/POST /join/:token (the rules are in ../join.ts): the name form, then a conference- and
 * role-scoped cookie for the person and a 303 to the board. Every refusal is a plain page.
 */
import { Router, type Request, type Response } from 'express';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { cookieAttributes, isSecure, participantCookie, serializeCookie } from '../http/cookies.ts';
import { retryAfterSeconds } from '../http/errors.ts';
import { JOIN_REFUSALS, JoinService, type Existing, type Joined } from '../join.ts';
import type { LinkRow } from '../store/Store.ts';
import { askAgainLaterPage, tooManyTriesPage } from './joinLimitPage.ts';
import { joinFormPage, linkProblemPage } from './joinPage.ts';

export function joinRoutes(deps: Deps): Router {
  const router = Router();
  const joins = new JoinService(deps.store, deps.bus, deps.limits.join);

  /** A link page: never cached, and its address (which holds the token) never sent elsewhere. */
  function linkPage(res: Response): void {
    res.type('html').setHeader('Cache-Control', 'no-store');
    // 'no-referrer' would go further and make browsers send `Origin: null` with the name form,
    // which the CSRF check refuses.
    res.setHeader('Referrer-Policy', 'same-origin');
  }

  function joined(req: Request, res: Response, result: Joined): void {
    if (result.cookie) {
      const { token, maxAgeSeconds } = result.cookie;
      const attributes = cookieAttributes(isSecure(deps.config.publicUrl, req), maxAgeSeconds);
      res.setHeader('Set-Cookie', serializeCookie(participantCookie(result.conferenceId), token, attributes));
    }
    res.redirect(303, `/c/${result.conferenceId}`);
  }

  /** The domain's refusals as pages; anything else goes on to the error handler. */
  async function refused(res: Response, err: unknown, link: LinkRow | null): Promise<void> {
    if (!(err instanceof DomainError)) throw err;
    const waitMs = err.retryAfterMs ?? 0;
    if (err.code === JOIN_REFUSALS.tooManyTries || err.code === JOIN_REFUSALS.coolingOff) {
      res.setHeader('Retry-After', retryAfterSeconds(waitMs));
      const page = err.code === JOIN_REFUSALS.coolingOff ? askAgainLaterPage : tooManyTriesPage;
      res.status(429).send(page(waitMs));
    } else if (err.code === JOIN_REFUSALS.unknown) res.status(404).send(linkProblemPage('unknown'));
    else if (err.code === JOIN_REFUSALS.ended) res.status(410).send(linkProblemPage('ended'));
    else if (err.kind === 'invalid' && link) {
      const form = await joins.formOf(link);
      res.status(400).send(joinFormPage(form.title, form.role, err.message));
    } else throw err;
  }

  type Answer = (req: Request, res: Response, link: LinkRow, existing: Existing) => Promise<void>;

  /** The link behind the token, and who this browser already is in its conference, then `answer`. */
  const onLink =
    (answer: Answer) =>
    async (req: Request, res: Response): Promise<void> => {
      linkPage(res);
      let link: LinkRow | null = null;
      try {
        link = await joins.linkOf(req.ip, String(req.params.token ?? ''));
        await answer(req, res, link, await deps.access.participant(req.headers.cookie, link.conferenceId));
      } catch (err) {
        await refused(res, err, link);
      }
    };

  router.get(
    '/join/:token',
    onLink(async (req, res, link, existing) => {
      // Scripts may pass the name in the address.
      if (typeof req.query.name === 'string')
        return joined(req, res, await joins.join(link, existing, req.query.name));
      joins.ensureMayAsk(link, existing);
      const form = await joins.formOf(link);
      res.send(joinFormPage(form.title, form.role));
    }),
  );

  router.post(
    '/join/:token',
    onLink(async (req, res, link, existing) => {
      const name = (req.body as { name?: unknown } | undefined)?.name;
      joined(req, res, await joins.join(link, existing, name));
    }),
  );

  return router;
}
