/**
 * Staff sessions (sessions.ts) against a real SQLite store, the real sign-in limits in memory and
 * the real hub: what signing in and out stores, audits, refuses and closes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CloseCode } from '@cb/shared/protocol';
import { LocalBus } from '../bus/LocalBus.ts';
import { hashToken } from '../crypto.ts';
import { memoryCounterStore } from '../http/limitStores.ts';
import { SIGN_IN_LIMITS, SignInLimiter } from '../http/rateLimit.ts';
import { Hub } from '../hub.ts';
import { refusal, tempStores } from '../testStores.ts';
import { SESSION_HOURS, SessionService } from './sessions.ts';
import { createStaffUser } from './staff.ts';

const stores = tempStores();
afterAll(() => stores.cleanup());

const EMAIL = 'chair.fictional@example.invalid';
const PASSWORD = 'a fictional passphrase';

/** A chair with a known password; two failures per address and email before the limit. */
async function setUp() {
  const store = stores.make();
  const { user } = await createStaffUser(store, {
    email: EMAIL,
    name: 'Jo Fictional',
    role: 'chair',
    password: PASSWORD,
  });
  const hub = new Hub(new LocalBus(), 'test-process');
  const limits = new SignInLimiter(memoryCounterStore(), { ...SIGN_IN_LIMITS, perPair: 2 });
  return { store, user, hub, sessions: new SessionService(store, hub, limits) };
}

const actions = async (store: Awaited<ReturnType<typeof setUp>>['store']) =>
  (await store.listAudit(null)).map((e) => [e.actor, e.action, e.detail]);

describe('signing in', () => {
  it('makes a session whose token is stored only as a hash, for 12 hours, and audits it', async () => {
    const { store, user, sessions } = await setUp();
    const session = await sessions.signIn('192.0.2.1', {
      email: 'Chair.Fictional@example.invalid',
      password: PASSWORD,
    });
    expect(session.user.id).toBe(user.id);
    expect(session.maxAgeSeconds).toBe(SESSION_HOURS * 3600);
    const row = await store.findSession(hashToken(session.token));
    expect(row?.userId).toBe(user.id);
    expect(Date.parse(row?.expiresAt ?? '') - Date.parse(row?.createdAt ?? '')).toBeGreaterThanOrEqual(
      SESSION_HOURS * 3600 * 1000 - 1000,
    );
    expect(await store.findSession(session.token)).toBeNull();
    expect(await actions(store)).toEqual([[`staff:${user.id}`, 'sign-in', {}]]);
  });

  it('refuses a wrong password or an unknown email alike, and audits who was tried', async () => {
    const { store, user, sessions } = await setUp();
    for (const attempt of [
      { email: EMAIL, password: 'not it' },
      { email: 'no.one@example.invalid', password: PASSWORD },
    ]) {
      const err = await refusal(sessions.signIn('192.0.2.2', attempt));
      expect([err.kind, err.code, err.message]).toEqual([
        'unauthenticated',
        'BAD_CREDENTIALS',
        'That email and password do not match.',
      ]);
    }
    expect(await actions(store)).toEqual([
      ['anonymous', 'sign-in-failed', { userId: user.id }],
      ['anonymous', 'sign-in-failed', { userId: null }],
    ]);
  });

  it('names the fields of a malformed attempt, which does not count as a failure', async () => {
    const { store, sessions } = await setUp();
    for (let i = 0; i < 3; i++) {
      const err = await refusal(sessions.signIn('192.0.2.3', { email: EMAIL }));
      expect([err.kind, err.fields]).toEqual(['invalid', { password: expect.any(String) }]);
    }
    expect(await actions(store)).toEqual([]);
    expect((await sessions.signIn('192.0.2.3', { email: EMAIL, password: PASSWORD })).token).toBeTruthy();
  });

  it('past the limit refuses that address and email first, whatever the body, with when to retry', async () => {
    const { sessions } = await setUp();
    await refusal(sessions.signIn('192.0.2.4', { email: EMAIL, password: 'wrong 1' }));
    await refusal(sessions.signIn('192.0.2.4', { email: EMAIL, password: 'wrong 2' }));
    for (const body of [{ email: EMAIL, password: PASSWORD }, { email: EMAIL }]) {
      const err = await refusal(sessions.signIn('192.0.2.4', body));
      expect([err.kind, err.code]).toEqual(['too-many', 'TOO_MANY_ATTEMPTS']);
      expect(err.retryAfterMs).toBeGreaterThan(0);
      expect(err.message).toMatch(/^Too many sign-in attempts\. Please wait \d+ minutes? and try again\.$/);
    }
    // Another address is not held back by these failures.
    expect((await sessions.signIn('192.0.2.5', { email: EMAIL, password: PASSWORD })).user.email).toBe(EMAIL);
  });
});

describe('signing out', () => {
  it('ends the session, closes its sockets and no others, and audits it', async () => {
    const { store, user, hub, sessions } = await setUp();
    const session = await sessions.signIn('192.0.2.6', { email: EMAIL, password: PASSWORD });
    const other = await sessions.signIn('192.0.2.6', { email: EMAIL, password: PASSWORD });
    const closed: [string, CloseCode][] = [];
    for (const [name, token] of [
      ['mine', session.token],
      ['other', other.token],
    ] as const) {
      hub.add({
        conferenceId: 'c-1',
        participantId: null,
        linkId: null,
        sessionTokenHash: hashToken(token),
        expiresAt: null,
        end: (code) => closed.push([name, code]),
      });
    }
    await sessions.signOut({ user: { id: user.id }, sessionTokenHash: hashToken(session.token) });
    expect(await store.findSession(hashToken(session.token))).toBeNull();
    expect(await store.findSession(hashToken(other.token))).not.toBeNull();
    expect(closed).toEqual([['mine', CloseCode.unauthorised]]);
    expect((await actions(store)).at(-1)).toEqual([`staff:${user.id}`, 'sign-out', {}]);
  });
});
