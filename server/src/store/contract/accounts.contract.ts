/** AccountsPort: staff accounts (one per email) and sessions. */
import { describe, expect, it } from 'vitest';
import type { StaffUserRow } from '../ports/accounts.ts';
import { at, withSubject, type OpenBackend } from './subject.ts';

const user = (n: number, patch: Partial<StaffUserRow> = {}): StaffUserRow => ({
  id: `user-${n}`,
  email: `person-${n}@example.test`,
  name: `Person ${n} Fictional`,
  role: n % 2 === 0 ? 'admin' : 'chair',
  passwordHash: `hash-${n}`,
  createdAt: at(n),
  ...patch,
});

export function accountsContract(name: string, open: OpenBackend): void {
  describe(`accounts: ${name}`, () => {
    it('keeps staff users by id and by email, in the order they were created, one per email', () =>
      withSubject(open, async ({ store }) => {
        expect(await store.countStaffUsers()).toBe(0);
        expect(await store.listStaffUsers()).toEqual([]);
        await store.createStaffUser(user(2));
        await store.createStaffUser(user(1));
        expect(await store.findStaffUser('user-1')).toEqual(user(1));
        expect(await store.findStaffUserByEmail('person-2@example.test')).toEqual(user(2));
        expect(await store.findStaffUser('nobody')).toBeNull();
        expect(await store.findStaffUserByEmail('nobody@example.test')).toBeNull();
        expect((await store.listStaffUsers()).map((u) => u.id)).toEqual(['user-1', 'user-2']);
        expect(await store.countStaffUsers()).toBe(2);
        await expect(store.createStaffUser(user(3, { email: 'person-1@example.test' }))).rejects.toThrow();
        expect(await store.countStaffUsers()).toBe(2);
      }));

    it('keeps sessions until they are deleted or expire', () =>
      withSubject(open, async ({ store }) => {
        await store.createStaffUser(user(1));
        const session = (n: number, expiresAt: string) => ({
          tokenHash: `session-${n}`,
          userId: 'user-1',
          createdAt: at(0),
          expiresAt,
        });
        await store.createSession(session(1, at(10)));
        await store.createSession(session(2, at(20)));
        await store.createSession(session(3, at(30)));
        expect(await store.findSession('session-2')).toEqual(session(2, at(20)));
        expect(await store.findSession('nothing')).toBeNull();
        await store.deleteSession('session-3');
        expect(await store.findSession('session-3')).toBeNull();
        // At or before `now` has expired.
        expect(await store.deleteExpiredSessions(at(20))).toBe(2);
        expect(await store.findSession('session-1')).toBeNull();
        expect(await store.deleteExpiredSessions(at(59))).toBe(0);
      }));
  });
}
