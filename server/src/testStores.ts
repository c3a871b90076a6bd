/**
 * For the server's own tests (never imported by the running server): real SQLite stores in
 * temporary folders, a first admin, and reading a DomainError out of a rejected promise.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { systemActor } from './actor.ts';
import { createCipher } from './crypto.ts';
import { DomainError } from './errors.ts';
import { SqliteStore } from './store/SqliteStore.ts';
import type { StaffUserRow } from './store/Store.ts';
import { createStaffAccount } from './users.ts';

export interface TempStores {
  /** A new, empty store in its own folder. */
  make(): SqliteStore;
  /** A store whose first account is an admin (all names fictional). */
  withAdmin(): Promise<{ store: SqliteStore; admin: StaffUserRow }>;
  /** Closes every store made and deletes its folder (call in afterAll). */
  cleanup(): Promise<void>;
}

export function tempStores(): TempStores {
  const dirs: string[] = [];
  const stores: SqliteStore[] = [];
  const make = (): SqliteStore => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-services-'));
    dirs.push(dir);
    const store = new SqliteStore(path.join(dir, 'db.sqlite'), createCipher(randomBytes(32)));
    stores.push(store);
    return store;
  };
  return {
    make,
    async withAdmin() {
      const store = make();
      const { user: admin } = await createStaffAccount(store, systemActor('demo'), {
        email: 'admin.fictional@example.invalid',
        name: 'Avery Fictional',
        role: 'admin',
      });
      return { store, admin };
    },
    async cleanup() {
      for (const s of stores.splice(0)) await s.close();
      for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
    },
  };
}

/** An initial conference for one fictional child. */
export const conferenceBody = {
  kind: 'initial' as const,
  scheduledAt: '2026-12-03T10:00:00Z',
  children: [{ name: 'Robin Fictional' }],
};

/** The DomainError a promise rejects with (anything else fails the test). */
export async function refusal(p: Promise<unknown>): Promise<DomainError> {
  const err: unknown = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(err)}`);
  return err;
}
