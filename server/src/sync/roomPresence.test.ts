/**
 * Presence follows the edits sent before it: a writer's cursor that arrives while its update is
 * being stored reaches the others after that update, never before; presence of someone who left
 * meanwhile is never shown; and presence is not echoed to the connection it came from. A real
 * DocRoom on a real SQLite store; the connections record what they were sent.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createLogger } from '../logger.ts';
import { tempStores } from '../testStores.ts';
import { DocRoom } from './DocRoom.ts';
import { MESSAGE_AWARENESS, MESSAGE_SYNC, SYNC_UPDATE, type SyncConnection } from './roomTypes.ts';

const stores = tempStores();
afterEach(() => stores.cleanup());

type Kind = 'update' | 'presence' | 'other';
interface Peer extends SyncConnection {
  kinds: Kind[];
}

function peer(name: string, canWrite: boolean): Peer {
  const kinds: Kind[] = [];
  return {
    identity: { name, role: canWrite ? 'chair' : 'family', participantId: null },
    canWrite,
    kinds,
    send(message) {
      const d = decoding.createDecoder(message);
      const type = decoding.readVarUint(d);
      if (type === MESSAGE_AWARENESS) kinds.push('presence');
      else if (type === MESSAGE_SYNC && decoding.readVarUint(d) === SYNC_UPDATE) kinds.push('update');
      else kinds.push('other');
    },
    close: () => undefined,
  };
}

/** A client's document and presence, and the messages its provider would send. */
function client() {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  let last: Uint8Array | null = null;
  doc.on('update', (u: Uint8Array) => (last = u));
  return {
    edit(text: string): Uint8Array {
      doc.getText('t').insert(0, text);
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, MESSAGE_SYNC);
      encoding.writeVarUint(e, SYNC_UPDATE);
      encoding.writeVarUint8Array(e, last ?? new Uint8Array());
      return encoding.toUint8Array(e);
    },
    cursor(at: number): Uint8Array {
      awareness.setLocalStateField('cursor', { at });
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
      return encoding.toUint8Array(e);
    },
  };
}

/** A loaded room with a writer and a reader in it, and how many messages each had by then. */
async function openRoom(name: string) {
  const room = new DocRoom(name, stores.make(), createLogger('silent'), 1000);
  await room.ready;
  const writer = peer('Chair Fictional', true);
  const reader = peer('Parent Fictional', false);
  room.add(writer);
  room.add(reader);
  return { room, writer, reader, w0: writer.kinds.length, r0: reader.kinds.length };
}

const since = (p: Peer, from: number) => p.kinds.slice(from).filter((k) => k !== 'other');

describe('presence in a document room', () => {
  it('reaches the others after the edit sent before it, and is not echoed to its sender', async () => {
    const { room, writer, reader, w0, r0 } = await openRoom('presence-a');
    const c = client();
    room.receive(writer, c.edit('Hello'));
    room.receive(writer, c.cursor(5));
    // Nothing yet: the edit is being stored, and the cursor waits for it.
    expect(since(reader, r0)).toEqual([]);
    await room.flush();
    expect(since(reader, r0)).toEqual(['update', 'presence']);
    expect(since(writer, w0)).toEqual([]);
    expect(room.awareness.getStates().size).toBe(1);
    await room.destroy();
  });

  it('is applied at once when nothing is being stored', async () => {
    const { room, writer, reader, r0 } = await openRoom('presence-b');
    room.receive(writer, client().cursor(1));
    expect(since(reader, r0)).toEqual(['presence']);
    await room.destroy();
  });

  it('of someone who left while it waited is never shown', async () => {
    const { room, writer, reader, r0 } = await openRoom('presence-c');
    const c = client();
    room.receive(writer, c.edit('Gone soon'));
    room.receive(writer, c.cursor(3));
    room.remove(writer);
    await room.flush();
    expect(since(reader, r0)).toEqual(['update']);
    expect(room.awareness.getStates().size).toBe(0);
    await room.destroy();
  });

  it('keeps its order across batches: each cursor after the edit before it', async () => {
    const { room, writer, reader, r0 } = await openRoom('presence-d');
    const c = client();
    room.receive(writer, c.edit('a'));
    room.receive(writer, c.cursor(1));
    // The first batch leaves for the store on the next tick; the second queues behind it.
    await new Promise((r) => process.nextTick(r));
    room.receive(writer, c.edit('b'));
    room.receive(writer, c.cursor(2));
    await room.flush();
    await room.flush();
    expect(since(reader, r0)).toEqual(['update', 'presence', 'update', 'presence']);
    await room.destroy();
  });
});
