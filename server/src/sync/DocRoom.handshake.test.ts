/**
 * A stock y-websocket client sends its edits as soon as its socket opens, before it has answered
 * the room's sync step 1. After working offline, such an edit builds on offline edits the room
 * has not seen yet; the answer (sync step 2) brings them, with that edit. The room must take the
 * answer, not close the socket, and end up with everything the client wrote.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
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

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-handshake-'));
  store = new SqliteStore(path.join(dir, 'store.sqlite'), createCipher(randomBytes(32)));
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const message = (write: (e: encoding.Encoder) => void) => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // messageSync
  write(e);
  return encoding.toUint8Array(e);
};

function connection() {
  const received: Uint8Array[] = [];
  const closes: number[] = [];
  const conn: SyncConnection = {
    identity: { name: 'Chair Fictional', role: 'chair', participantId: null },
    canWrite: true,
    send: (m) => received.push(m),
    close: (code) => void closes.push(code ?? 0),
  };
  return { conn, received, closes };
}

/** The state vector in the room's sync step 1 (the first message a joining socket gets). */
function roomStateVector(received: Uint8Array[]): Uint8Array {
  const [first] = received;
  if (!first) throw new Error('the room sent nothing');
  const d = decoding.createDecoder(first);
  expect(decoding.readVarUint(d)).toBe(0);
  expect(decoding.readVarUint(d)).toBe(syncProtocol.messageYjsSyncStep1);
  return decoding.readVarUint8Array(d);
}

const items = (doc: Y.Doc) => doc.getArray<string>('worries').toArray();

/**
 * A joined room, and an update from a client whose first edit the room never got: the update
 * builds on it, so it can never be integrated.
 */
async function orphanIn(name: string) {
  const room = new DocRoom(name, store, log, 1000);
  await room.ready;
  const client = new Y.Doc();
  client.getArray<string>('worries').push(['Never sent']);
  const sv = Y.encodeStateVector(client);
  client.getArray<string>('worries').push(['Builds on it']);
  const orphan = Y.encodeStateAsUpdate(client, sv);
  const { conn, received } = connection();
  room.add(conn);
  return { room, orphan, conn, received, empty: new Y.Doc() };
}

describe('a client that reconnects with offline edits', () => {
  it('has an edit made before its sync step 2 taken with that step 2, not refused', async () => {
    const room = new DocRoom('doc-h', store, log, 1000);
    await room.ready;
    await room.change((doc) => doc.getArray<string>('worries').push(['Known to the room']));
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room.doc));
    // Offline: nothing of this reaches the room.
    client.getArray<string>('worries').push(['Written offline']);
    const { conn, received, closes } = connection();
    room.add(conn);
    const sv = roomStateVector(received);
    // The client's own step 1 goes first, as its socket opens.
    room.receive(
      conn,
      message((e) => syncProtocol.writeSyncStep1(e, client)),
    );
    // Back online, before the room's step 1 is read: the next edit goes out at once, on its own.
    const sent: Uint8Array[] = [];
    client.once('update', (u: Uint8Array) => void sent.push(u));
    client.getArray<string>('worries').push(['Typed while reconnecting']);
    expect(sent).toHaveLength(1);
    for (const u of sent)
      room.receive(
        conn,
        message((e) => syncProtocol.writeUpdate(e, u)),
      );
    // Then the answer to the room's step 1: everything the client has that the room lacks.
    room.receive(
      conn,
      message((e) => syncProtocol.writeSyncStep2(e, client, sv)),
    );
    await room.flush();
    expect(closes).toEqual([]);
    expect(items(room.doc)).toEqual(items(client));
    expect(items(room.doc)).toEqual(['Known to the room', 'Written offline', 'Typed while reconnecting']);
    await room.destroy();
  });

  it('refuses an early update that its step 2 does not make whole', async () => {
    const { room, orphan, conn, received, empty } = await orphanIn('doc-j');
    room.receive(
      conn,
      message((e) => syncProtocol.writeSyncStep1(e, empty)),
    );
    room.receive(
      conn,
      message((e) => syncProtocol.writeUpdate(e, orphan)),
    ); // kept for the step 2
    // A step 2 that does not carry what the early update builds on.
    expect(() =>
      room.receive(
        conn,
        message((e) => syncProtocol.writeSyncStep2(e, empty, roomStateVector(received))),
      ),
    ).toThrow();
    await room.destroy();
  });

  it('still refuses, after its step 2, an update that could never be integrated', async () => {
    const { room, orphan, conn, received, empty } = await orphanIn('doc-i');
    room.receive(
      conn,
      message((e) => syncProtocol.writeSyncStep2(e, empty, roomStateVector(received))),
    );
    expect(() =>
      room.receive(
        conn,
        message((e) => syncProtocol.writeUpdate(e, orphan)),
      ),
    ).toThrow();
    await room.destroy();
  });
});
