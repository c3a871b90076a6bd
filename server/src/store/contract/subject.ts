/**
 * What a backend gives the contract suite, and the fictional rows its tests share. A second
 * implementation (PostgreSQL, say) writes one `open` and runs storeContract with it.
 */
import { createCipher, type Cipher } from '../../crypto.ts';
import type { StoreBackend } from '../ports/backend.ts';
import type { ConferenceRow } from '../ports/conferences.ts';
import type { LinkRow, ParticipantRow } from '../ports/links.ts';
import { SealedStore } from '../sealing/SealedStore.ts';
import type { Store } from '../Store.ts';

export interface BackendUnderTest {
  /** A new, empty backend of its own (a temp file, a fresh database or prefix). */
  backend: StoreBackend;
  /** The same storage opened again, as after a restart (call once the first is closed). */
  reopen(): StoreBackend | Promise<StoreBackend>;
  /** Everything it has written to durable storage, as bytes (read once it is closed). */
  bytesAtRest(): Promise<Uint8Array[]>;
}

export type OpenBackend = () => Promise<BackendUnderTest>;

export interface Subject extends BackendUnderTest {
  /** The backend wrapped with the data key: what the server uses. */
  store: Store;
  cipher: Cipher;
  reopenStore(): Promise<Store>;
}

/** A fixed test key: the suite's outcomes never depend on it. */
const TEST_KEY = Buffer.alloc(32, 0x5c);

export async function subjectOf(open: OpenBackend): Promise<Subject> {
  const opened = await open();
  const cipher = createCipher(TEST_KEY);
  return {
    ...opened,
    cipher,
    store: new SealedStore(opened.backend, cipher),
    reopenStore: async () => new SealedStore(await opened.reopen(), cipher),
  };
}

/** `n` as the last part of a UUID: ids that sort as the numbers do. */
export const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const at = (minute: number): string => new Date(Date.UTC(2026, 11, 3, 10, minute)).toISOString();

/** A chair account and a conference of theirs (with two children unless told otherwise). */
export async function seedConference(
  store: Store,
  n: number,
  patch: Partial<ConferenceRow> = {},
): Promise<ConferenceRow> {
  const chairUserId = `chair-${n}`;
  if (!(await store.findStaffUser(chairUserId)))
    await store.createStaffUser({
      id: chairUserId,
      email: `chair-${n}@example.test`,
      name: 'Chair Fictional',
      role: 'chair',
      passwordHash: 'not-a-real-hash',
      createdAt: at(0),
    });
  const conference: ConferenceRow = {
    id: uuid(n),
    kind: 'initial',
    title: `Conference ${n} (fictional)`,
    place: 'Room 4, Fictional House',
    scheduledAt: at(n),
    status: 'scheduled',
    chairUserId,
    createdBy: 'test',
    createdAt: at(0),
    closedAt: null,
    children: [
      { id: uuid(1000 + n), name: 'Testchild A Fictional', dateOfBirth: '2019-05-05' },
      { id: uuid(2000 + n), name: 'Testchild B Fictional', dateOfBirth: null },
    ],
    ...patch,
  };
  await store.createConference(conference);
  return conference;
}

export function linkFor(conferenceId: string, n: number, patch: Partial<LinkRow> = {}): LinkRow {
  return {
    id: uuid(3000 + n),
    conferenceId,
    role: 'family',
    label: `Family link ${n}`,
    tokenHash: `link-token-hash-${n}`,
    createdBy: 'test',
    createdAt: at(n),
    expiresAt: null,
    revokedAt: null,
    ...patch,
  };
}

export function participantFor(
  link: LinkRow,
  n: number,
  patch: Partial<ParticipantRow> = {},
): ParticipantRow {
  return {
    id: uuid(4000 + n),
    conferenceId: link.conferenceId,
    linkId: link.id,
    role: link.role,
    name: `Fenella Fictional ${n}`,
    tokenHash: `participant-token-hash-${n}`,
    status: 'waiting',
    createdAt: at(n),
    decidedAt: null,
    coolOffUntil: null,
    ...patch,
  };
}

/** Runs `body` on a fresh subject and always closes its store. */
export async function withSubject(open: OpenBackend, body: (s: Subject) => Promise<void>): Promise<void> {
  const subject = await subjectOf(open);
  try {
    await body(subject);
  } finally {
    await subject.store.close();
  }
}
