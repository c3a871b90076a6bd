/**
 * Staff sessions: signing in with an email and password (limited per source, audited either way)
 * and signing out (the session ends, and every socket it opened closes at once). Used by the HTTP
 * edge (routes/session.ts), which turns a session into the staff cookie.
 */
import { signInSchema } from '@cb/shared/api';
import { CloseCode } from '@cb/shared/protocol';
import { minutesWords } from '@cb/shared/words/dates';
import { staffActor } from '../actor.ts';
import { auditLog } from '../audit.ts';
import { hashToken, newToken } from '../crypto.ts';
import { DomainError, parseInput, tooMany } from '../errors.ts';
import type { Hub } from '../hub.ts';
import type { StaffUserRow, Store } from '../store/Store.ts';
import { dummyHash, verifyPassword } from './passwords.ts';

/** How long a staff session (and its cookie) lasts. */
export const SESSION_HOURS = 12;

/** What sign-in needs of the failure limits (SignInLimiter, in this process or through Redis). */
export interface SignInLimits {
  /** `waitMs` above 0: refuse; `delayMs` above 0: hold the attempt that long first. */
  check(source: string | undefined, email: string): Promise<{ waitMs: number; delayMs: number }>;
  failed(source: string | undefined, email: string): Promise<void>;
  succeeded(source: string | undefined, email: string): Promise<void>;
}

export interface NewSession {
  user: StaffUserRow;
  /** The cookie's value: given once, only its hash is kept. */
  token: string;
  maxAgeSeconds: number;
}

/** The email a sign-in attempt is counted under, read before (and whether or not) the body is valid. */
function attemptedEmail(rawBody: unknown): string {
  const email = (rawBody as { email?: unknown } | null | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : '';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class SessionService {
  constructor(
    private readonly store: Store,
    private readonly hub: Hub,
    private readonly limits: SignInLimits,
  ) {}

  /**
   * `{email, password}` from `source` (an address) → a new session. The limits come first, so a
   * source over them learns nothing more, not even whether its body was well formed.
   */
  async signIn(source: string | undefined, rawBody: unknown): Promise<NewSession> {
    const email = attemptedEmail(rawBody);
    const verdict = await this.limits.check(source, email);
    if (verdict.waitMs > 0) {
      throw tooMany(
        'TOO_MANY_ATTEMPTS',
        `Too many sign-in attempts. Please wait ${minutesWords(verdict.waitMs)} and try again.`,
        verdict.waitMs,
      );
    }
    if (verdict.delayMs > 0) await sleep(verdict.delayMs);
    const body = parseInput(signInSchema, rawBody);
    const user = await this.store.findStaffUserByEmail(body.email);
    // A missing account costs the same time as a wrong password.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), body.password);
    const at = new Date().toISOString();
    if (!user || !ok) {
      await this.limits.failed(source, email);
      await auditLog(this.store).record(
        { kind: 'anonymous' },
        'sign-in-failed',
        null,
        { userId: user?.id ?? null },
        { at },
      );
      throw new DomainError('unauthenticated', 'BAD_CREDENTIALS', 'That email and password do not match.');
    }
    await this.limits.succeeded(source, email);
    const token = newToken();
    const maxAgeSeconds = SESSION_HOURS * 3600;
    await this.store.createSession({
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: at,
      expiresAt: new Date(Date.now() + maxAgeSeconds * 1000).toISOString(),
    });
    await auditLog(this.store).record(staffActor(user.id), 'sign-in', null, {}, { at });
    return { user, token, maxAgeSeconds };
  }

  /** Ends the session: its sockets close here and, through the bus, in every other process. */
  async signOut(staff: { user: { id: string }; sessionTokenHash: string }): Promise<void> {
    await this.store.deleteSession(staff.sessionTokenHash);
    this.hub.end({ sessionTokenHash: staff.sessionTokenHash }, CloseCode.unauthorised);
    await auditLog(this.store).record(staffActor(staff.user.id), 'sign-out', null, {});
  }
}
