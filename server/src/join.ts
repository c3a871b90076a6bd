/**
 * Joining by link: a link's token, and the name a person gives, become a participant of the
 * link's conference and role. Chair links are let straight in; everyone else waits in the lobby. A
 * browser that already joined through the same link keeps its place (a room screen is let in once
 * per device), and a device the chair turned away waits out its cooling-off period. Used by the
 * HTTP edge (routes/join.ts), which turns each refusal into a plain page.
 */
import { randomUUID } from 'node:crypto';
import { joinSchema } from '@cb/shared/api';
import { waitsInLobby } from '@cb/shared/protocol';
import { minutesWords } from '@cb/shared/words/dates';
import { linkIsLive } from './access.ts';
import { participantActor } from './actor.ts';
import { auditLog } from './audit.ts';
import type { Bus } from './bus/Bus.ts';
import { hashToken, newToken } from './crypto.ts';
import { DomainError, invalid, tooMany } from './errors.ts';
import type { LinkRow, ParticipantRow, Store } from './store/Store.ts';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;
/** How long a participant's cookie lasts when its link has no end. */
const DEFAULT_COOKIE_DAYS = 7;
/** The shortest cookie, even for a link about to expire. */
const MIN_COOKIE_SECONDS = 60;

/** What joining needs of the failure limits (JoinLimiter: unknown tokens per source). */
export interface JoinLimits {
  /** Milliseconds until this source may open links again; 0: now. */
  check(source: string | undefined): Promise<number>;
  unknown(source: string | undefined): Promise<void>;
}

/** The person this browser already is in the link's conference (AccessResolver.participant). */
export type Existing = { participant: ParticipantRow; link: LinkRow } | null;

export interface Joined {
  conferenceId: string;
  /** A new participant's cookie (its token is given once); null when the browser keeps its place. */
  cookie: { token: string; maxAgeSeconds: number } | null;
}

/** The codes of the refusals, for the edge that words them as pages. */
export const JOIN_REFUSALS = {
  tooManyTries: 'TOO_MANY_TRIES',
  coolingOff: 'ASK_AGAIN_LATER',
  unknown: 'LINK_NOT_FOUND',
  ended: 'LINK_ENDED',
} as const;

const unknownLink = () => new DomainError('not-found', JOIN_REFUSALS.unknown, 'This link was not found.');

export class JoinService {
  constructor(
    private readonly store: Store,
    private readonly bus: Bus,
    private readonly limits: JoinLimits,
  ) {}

  /**
   * The live link behind a token. A source that tried too many unknown tokens is told nothing
   * about any token (see http/rateLimit.ts); only unknown tokens count against it.
   */
  async linkOf(source: string | undefined, token: string): Promise<LinkRow> {
    const waitMs = await this.limits.check(source);
    if (waitMs > 0) {
      throw tooMany(
        JOIN_REFUSALS.tooManyTries,
        `Too many tries. Please wait ${minutesWords(waitMs)} and try the link again.`,
        waitMs,
      );
    }
    const link = TOKEN_PATTERN.test(token) ? await this.store.findLinkByTokenHash(hashToken(token)) : null;
    if (!link) {
      await this.limits.unknown(source);
      throw unknownLink();
    }
    if (!linkIsLive(link)) throw new DomainError('gone', JOIN_REFUSALS.ended, 'This link no longer works.');
    return link;
  }

  /**
   * A device the chair refused or removed may not ask again through the same link until its
   * cooling-off period is over.
   */
  ensureMayAsk(link: LinkRow, existing: Existing, now = Date.now()): void {
    const until = existing?.link.id === link.id ? existing.participant.coolOffUntil : null;
    const waitMs = until ? new Date(until).getTime() - now : 0;
    if (waitMs <= 0) return;
    throw tooMany(
      JOIN_REFUSALS.coolingOff,
      `The chair has not let you in just now. You can ask to join again in ${minutesWords(waitMs)}.`,
      waitMs,
    );
  }

  /** What the name form says: the conference's title and the role the link gives. */
  async formOf(link: LinkRow): Promise<{ title: string; role: LinkRow['role'] }> {
    const conference = await this.store.findConference(link.conferenceId);
    return { title: conference?.title ?? 'Conference', role: link.role };
  }

  /** The person named `rawName` joins through `link` (audited; the lobby hears of anyone waiting). */
  async join(link: LinkRow, existing: Existing, rawName: unknown): Promise<Joined> {
    const conference = await this.store.findConference(link.conferenceId);
    if (!conference) throw unknownLink();
    this.ensureMayAsk(link, existing);
    const parsed = joinSchema.safeParse({ name: rawName });
    if (!parsed.success) {
      const message = 'Please enter your name (up to 80 characters).';
      throw invalid(message, { name: message });
    }
    const status = existing?.link.id === link.id ? existing.participant.status : null;
    if (status === 'admitted' || status === 'waiting') return { conferenceId: conference.id, cookie: null };
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
    await this.store.createParticipant(participant);
    await auditLog(this.store).record(
      participantActor(participant.id, participant.role),
      'joined',
      conference.id,
      { linkId: link.id, role: link.role, waiting: participant.status === 'waiting' },
      { at: participant.createdAt },
    );
    if (participant.status === 'waiting')
      this.bus.publish({ type: 'lobbyChanged', conferenceId: conference.id });
    return { conferenceId: conference.id, cookie: { token, maxAgeSeconds: cookieSeconds(link, now) } };
  }
}

/** Until the link ends (at least a minute), or a week for a link with no end. */
function cookieSeconds(link: LinkRow, now: Date): number {
  if (!link.expiresAt) return DEFAULT_COOKIE_DAYS * 86400;
  const left = Math.floor((new Date(link.expiresAt).getTime() - now.getTime()) / 1000);
  return Math.max(MIN_COOKIE_SECONDS, left);
}
