import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addsNothing } from './updates.ts';

/** A server copy and a client copy of the same document, with a deletion in it. */
function pair() {
  const server = new Y.Doc();
  const words = server.getArray<string>('words');
  words.push(['one', 'two', 'three']);
  words.delete(1, 1);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

describe('addsNothing', () => {
  it('is true for a reconnecting copy’s sync step 2, which repeats the whole delete set', () => {
    const { server, client } = pair();
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(Y.decodeUpdate(step2).ds.clients.size).toBeGreaterThan(0);
    expect(addsNothing(server, step2)).toBe(true);
  });

  it('is false for a new item or a new deletion', () => {
    const { server, client } = pair();
    const before = Y.encodeStateVector(server);
    client.getArray<string>('words').push(['four']);
    expect(addsNothing(server, Y.encodeStateAsUpdate(client, before))).toBe(false);
    const other = pair();
    other.client.getArray<string>('words').delete(0, 1);
    expect(
      addsNothing(other.server, Y.encodeStateAsUpdate(other.client, Y.encodeStateVector(other.server))),
    ).toBe(false);
  });
});
