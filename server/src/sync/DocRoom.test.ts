/**
 * DocRoom.change: a change the server makes itself goes through the same durable path as a
 * client's update (stored, then applied and broadcast), against a real SQLite store.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCipher } from '../crypto.ts';
import { createLogger } from '../logger.ts';
import { SqliteStore } from '../store/SqliteStore.ts';
import { DocRoom } from './DocRoom.ts';
import type { SyncConnection } from './roomTypes.ts';

const log = createLogger('silent');
let dir: string;
let store: SqliteStore;

function listener(): SyncConnection & { received: Uint8Array[] } {
  const received: Uint8Array[] = [];
  return {
    identity: { name: 'Chair Fictional', role: 'chair', participantId: null },
    canWrite: true,
    received,
    send: (message) => received.push(message),
    close: () => undefined,
  };
}

const note = (doc: Y.Doc) => doc.getMap<string>('notes');

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-docroom-'));
  store = new SqliteStore(path.join(dir, 'store.sqlite'), createCipher(randomBytes(32)));
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('DocRoom.change', () => {
  it('stores the change before applying it, and sends it to every connection', async () => {
    const room = new DocRoom('doc-a', store, log, 1000);
    await room.ready;
    const conn = listener();
    room.add(conn);
    const handshake = conn.received.length;
    await room.change((doc) => note(doc).set('first', 'Written by the server'));
    expect(note(room.doc).get('first')).toBe('Written by the server');
    expect(conn.received.length).toBeGreaterThan(handshake);
    const stored = await store.loadUpdates('doc-a');
    const reloaded = new Y.Doc();
    for (const u of stored.updates) Y.applyUpdate(reloaded, u);
    expect(note(reloaded).get('first')).toBe('Written by the server');
    await room.destroy();
  });

  it('runs changes one after another, each seeing the last', async () => {
    const room = new DocRoom('doc-b', store, log, 1000);
    // Started together, before the room has even loaded: none may work from a stale copy.
    await Promise.all(
      [1, 2, 3].map(() =>
        room.change((doc) => note(doc).set('count', String(Number(note(doc).get('count') ?? 0) + 1))),
      ),
    );
    expect(note(room.doc).get('count')).toBe('3');
    await room.destroy();
  });

  it('writes nothing for a change that changes nothing, or that throws', async () => {
    const room = new DocRoom('doc-c', store, log, 1000);
    await room.ready;
    await room.change(() => undefined);
    await expect(
      room.change((doc) => {
        note(doc).set('half', 'done');
        throw new Error('invalid input');
      }),
    ).rejects.toThrow('invalid input');
    expect(note(room.doc).has('half')).toBe(false);
    expect((await store.loadUpdates('doc-c')).updates).toHaveLength(0);
    await room.destroy();
  });

  it('rejects, and broadcasts nothing, when the store fails', async () => {
    const failing = () => Promise.reject(new Error('disk full'));
    const room = new DocRoom('doc-d', store, log, 1000, failing);
    await room.ready;
    const conn = listener();
    room.add(conn);
    const before = conn.received.length;
    await expect(room.change((doc) => note(doc).set('lost', 'never stored'))).rejects.toThrow(
      'could not be saved',
    );
    expect(note(room.doc).has('lost')).toBe(false);
    expect(conn.received.length).toBe(before);
    expect(room.busy).toBe(false);
    await room.destroy();
  });
});
