import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { integrableEnds } from './integrable.ts';

const knownBy = (doc: Y.Doc) => (client: number) => Y.getState(doc.store, client);

/** What Yjs itself does: apply to a copy and see whether anything is left pending. */
function leavesPending(base: Y.Doc, update: Uint8Array): boolean {
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base));
  Y.applyUpdate(copy, update);
  const pending = copy.store.pendingStructs !== null || copy.store.pendingDs !== null;
  copy.destroy();
  return pending;
}

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('integrableEnds', () => {
  it('accepts an ordinary edit, and says how far it takes its client', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    const updates: Uint8Array[] = [];
    client.on('update', (u: Uint8Array) => updates.push(u));
    client.getText('t').insert(0, 'hello');
    client.getMap('m').set('k', 'v');
    for (const u of updates) {
      expect(integrableEnds(u, knownBy(server))).not.toBeNull();
      Y.applyUpdate(server, u);
    }
    expect(integrableEnds(Y.encodeStateAsUpdate(client), knownBy(new Y.Doc()))?.get(client.clientID)).toBe(6);
  });

  it('refuses an edit whose neighbour, parent or deleted item the document never saw', () => {
    const a = new Y.Doc();
    const server = new Y.Doc();
    a.getText('t').insert(0, 'abc');
    const first = Y.encodeStateAsUpdate(a);
    const sv = Y.encodeStateVector(a);
    a.getText('t').insert(1, 'X'); // between a and b: origins in `first`
    const second = Y.encodeStateAsUpdate(a, sv);
    expect(integrableEnds(second, knownBy(server))).toBeNull();
    expect(leavesPending(server, second)).toBe(true);
    // Queued ahead of it, or merged into it, the same edit is fine.
    const ahead = integrableEnds(first, knownBy(server));
    expect(ahead).not.toBeNull();
    expect(integrableEnds(second, (c) => ahead?.get(c) ?? 0)).not.toBeNull();
    expect(integrableEnds(Y.mergeUpdates([second, first]), knownBy(server))).not.toBeNull();

    const nested = new Y.Doc();
    const inner = new Y.Map<string>();
    nested.getMap('root').set('child', inner);
    const before = Y.encodeStateVector(nested);
    inner.set('x', 'y'); // parent is the item holding `inner`
    expect(integrableEnds(Y.encodeStateAsUpdate(nested, before), knownBy(server))).toBeNull();

    const del = new Y.Doc();
    Y.applyUpdate(del, first);
    const sv2 = Y.encodeStateVector(del);
    const dels: Uint8Array[] = [];
    del.on('update', (u: Uint8Array) => dels.push(u));
    del.getText('t').delete(0, 2);
    expect(Y.encodeStateAsUpdate(del, sv2).length).toBeGreaterThan(0);
    expect(integrableEnds(dels[0] as Uint8Array, knownBy(server))).toBeNull();
    Y.applyUpdate(server, first);
    expect(integrableEnds(dels[0] as Uint8Array, knownBy(server))).not.toBeNull();
  });

  it('refuses a gap in a client’s own clocks', () => {
    const a = new Y.Doc();
    a.getText('t').insert(0, 'abc');
    const sv = Y.encodeStateVector(a);
    a.getMap('m').set('k', 1);
    const later = Y.encodeStateAsUpdate(a, sv);
    expect(integrableEnds(later, knownBy(new Y.Doc()))).toBeNull();
  });

  it('agrees with Yjs on seeded random edits, merges and subsets from three people', () => {
    const rand = mulberry32(0x1d7e9a);
    let checked = 0;
    let refused = 0;
    for (let round = 0; round < 60; round++) {
      const people = [0, 1, 2].map(() => new Y.Doc({ gc: false }));
      const log: Uint8Array[] = [];
      people.forEach((doc) =>
        doc.on('update', (u: Uint8Array, origin: unknown) => origin !== 'sync' && log.push(u)),
      );
      // What the server has: one person's board part-way through (so nothing in it is pending).
      let base = new Y.Doc({ gc: false });
      for (let step = 0; step < 40; step++) {
        if (step === 20) {
          base = new Y.Doc({ gc: false });
          Y.applyUpdate(base, Y.encodeStateAsUpdate(people[Math.floor(rand() * 3)] as Y.Doc));
        }
        const doc = people[Math.floor(rand() * 3)] as Y.Doc;
        const text = doc.getText('t');
        const r = rand();
        if (r < 0.5 || text.length === 0)
          text.insert(Math.floor(rand() * (text.length + 1)), 'xyz'.slice(0, 1 + Math.floor(rand() * 3)));
        else if (r < 0.75) text.delete(Math.floor(rand() * text.length), 1);
        else if (r < 0.9) doc.getMap('m').set(`k${Math.floor(rand() * 4)}`, new Y.Map());
        else {
          const other = people[Math.floor(rand() * 3)] as Y.Doc;
          Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)), 'sync');
        }
      }
      expect(base.store.pendingStructs).toBeNull();
      for (let probe = 0; probe < 10; probe++) {
        // A run of the log from the start (always integrable), a run from anywhere, or any subset.
        const i = Math.floor(rand() * log.length);
        const j = i + Math.floor(rand() * (log.length - i + 1));
        const kind = probe % 3;
        const picked =
          kind === 0 ? log.slice(0, j) : kind === 1 ? log.slice(i, j) : log.filter(() => rand() < 0.3);
        if (picked.length === 0) continue;
        const update = picked.length === 1 ? (picked[0] as Uint8Array) : Y.mergeUpdates(picked);
        const ours = integrableEnds(update, knownBy(base)) === null;
        expect(ours).toBe(leavesPending(base, update));
        checked++;
        if (ours) refused++;
      }
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(checked).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(50);
    expect(checked - refused).toBeGreaterThan(50);
  });
});
