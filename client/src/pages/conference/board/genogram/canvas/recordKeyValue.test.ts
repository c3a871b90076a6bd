import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RecordKeyValue, type KeyValueChanges, type KeyValueEntry } from './recordKeyValue.ts';

interface Rec {
  n: number;
}

const arrayOf = (doc: Y.Doc) => doc.getArray<KeyValueEntry<Rec>>('drawing');

function kvOf(doc: Y.Doc) {
  const kv = new RecordKeyValue<Rec>(arrayOf(doc));
  const seen: KeyValueChanges<Rec>[] = [];
  const stop = kv.observe((changes) => seen.push(changes));
  return { kv, seen, stop };
}

const write = (doc: Y.Doc, kv: RecordKeyValue<Rec>, put: [string, Rec][], removed: string[] = []) =>
  doc.transact(() => kv.write(new Map(put), removed), 'tldraw');

/** Brings two peers to the same state, in both directions. */
function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, 'remote');
  Y.applyUpdate(a, toA, 'remote');
}

describe('RecordKeyValue reading', () => {
  it('takes the rightmost entry for a key as its value', () => {
    const doc = new Y.Doc();
    arrayOf(doc).push([
      { key: 'a', val: { n: 1 } },
      { key: 'b', val: { n: 10 } },
      { key: 'a', val: { n: 2 } },
    ]);
    const kv = new RecordKeyValue<Rec>(arrayOf(doc));
    expect(kv.get('a')).toEqual({ n: 2 });
    expect(kv.get('b')).toEqual({ n: 10 });
    expect(kv.get('c')).toBeUndefined();
    expect(kv.values()).toHaveLength(2);
    expect(kv.values()).toEqual(expect.arrayContaining([{ n: 2 }, { n: 10 }]));
  });

  it('ignores entries without a string key', () => {
    const doc = new Y.Doc();
    const raw = doc.getArray<unknown>('drawing');
    raw.push([{ key: 7, val: { n: 1 } }, { val: { n: 2 } }, { key: 'ok', val: { n: 3 } }]);
    const kv = new RecordKeyValue<Rec>(arrayOf(doc));
    expect(kv.values()).toEqual([{ n: 3 }]);
  });

  it('never writes to the document, whatever it reads', () => {
    const doc = new Y.Doc();
    arrayOf(doc).push([
      { key: 'a', val: { n: 1 } },
      { key: 'a', val: { n: 2 } },
    ]);
    let updates = 0;
    doc.on('update', () => updates++);
    const { kv } = kvOf(doc);
    arrayOf(doc).push([{ key: 'a', val: { n: 3 } }]);
    expect(kv.get('a')).toEqual({ n: 3 });
    expect(updates).toBe(1); // the push above, nothing more
    expect(arrayOf(doc).length).toBe(3);
  });
});

describe('RecordKeyValue.write', () => {
  it('adds, replaces and removes keys, leaving one entry per key', () => {
    const doc = new Y.Doc();
    const { kv } = kvOf(doc);
    write(doc, kv, [
      ['a', { n: 1 }],
      ['b', { n: 2 }],
    ]);
    write(doc, kv, [['a', { n: 3 }]]);
    expect(arrayOf(doc).toArray()).toEqual([
      { key: 'b', val: { n: 2 } },
      { key: 'a', val: { n: 3 } },
    ]);
    write(doc, kv, [], ['b']);
    expect(arrayOf(doc).toArray()).toEqual([{ key: 'a', val: { n: 3 } }]);
    expect(kv.get('b')).toBeUndefined();
  });

  it('clears every older duplicate of a key it writes', () => {
    const doc = new Y.Doc();
    arrayOf(doc).push([
      { key: 'a', val: { n: 1 } },
      { key: 'x', val: { n: 0 } },
      { key: 'a', val: { n: 2 } },
    ]);
    const { kv } = kvOf(doc);
    write(doc, kv, [['a', { n: 5 }]]);
    expect(arrayOf(doc).toArray()).toEqual([
      { key: 'x', val: { n: 0 } },
      { key: 'a', val: { n: 5 } },
    ]);
  });

  it('does nothing at all for an empty batch', () => {
    const doc = new Y.Doc();
    const { kv } = kvOf(doc);
    let updates = 0;
    doc.on('update', () => updates++);
    write(doc, kv, []);
    expect(updates).toBe(0);
  });
});

describe('RecordKeyValue.observe', () => {
  it('reports keys put and removed, not unchanged ones', () => {
    const doc = new Y.Doc();
    const { kv, seen } = kvOf(doc);
    write(doc, kv, [
      ['a', { n: 1 }],
      ['b', { n: 2 }],
    ]);
    write(doc, kv, [['a', { n: 3 }]], ['b']);
    expect(seen).toEqual([
      {
        put: new Map([
          ['a', { n: 1 }],
          ['b', { n: 2 }],
        ]),
        removed: [],
      },
      { put: new Map([['a', { n: 3 }]]), removed: ['b'] },
    ]);
  });

  it('reports nothing when only a hidden duplicate goes away', () => {
    const doc = new Y.Doc();
    arrayOf(doc).push([
      { key: 'a', val: { n: 1 } },
      { key: 'a', val: { n: 2 } },
    ]);
    const { kv, seen } = kvOf(doc);
    arrayOf(doc).delete(0, 1);
    expect(seen).toEqual([]);
    expect(kv.get('a')).toEqual({ n: 2 });
  });

  it('falls back to the older entry when the newest one is deleted', () => {
    const doc = new Y.Doc();
    arrayOf(doc).push([
      { key: 'a', val: { n: 1 } },
      { key: 'a', val: { n: 2 } },
    ]);
    const { kv, seen } = kvOf(doc);
    arrayOf(doc).delete(1, 1);
    expect(seen).toEqual([{ put: new Map([['a', { n: 1 }]]), removed: [] }]);
    expect(kv.get('a')).toEqual({ n: 1 });
  });

  it('passes the transaction, and stops after unsubscribing', () => {
    const doc = new Y.Doc();
    const kv = new RecordKeyValue<Rec>(arrayOf(doc));
    const origins: unknown[] = [];
    const stop = kv.observe((_changes, tr) => origins.push(tr.origin));
    write(doc, kv, [['a', { n: 1 }]]);
    stop();
    write(doc, kv, [['a', { n: 2 }]]);
    expect(origins).toEqual(['tldraw']);
    expect(kv.get('a')).toEqual({ n: 1 }); // no longer following the array either
  });
});

describe('RecordKeyValue across peers', () => {
  it('agrees on one value after two peers write the same key concurrently', () => {
    const one = new Y.Doc();
    const two = new Y.Doc();
    const a = kvOf(one);
    const b = kvOf(two);
    write(one, a.kv, [['shape:1', { n: 1 }]]);
    write(two, b.kv, [['shape:1', { n: 2 }]]);
    sync(one, two);
    expect(arrayOf(one).length).toBe(2); // both entries survive the merge…
    expect(a.kv.get('shape:1')).toEqual(b.kv.get('shape:1')); // …but both peers read the same one
    expect([{ n: 1 }, { n: 2 }]).toContainEqual(a.kv.get('shape:1'));

    // The next write by either peer clears the duplicate everywhere.
    write(one, a.kv, [['shape:1', { n: 3 }]]);
    sync(one, two);
    expect(arrayOf(two).toArray()).toEqual([{ key: 'shape:1', val: { n: 3 } }]);
    expect(b.seen.at(-1)).toEqual({ put: new Map([['shape:1', { n: 3 }]]), removed: [] });
  });

  it('keeps a key removed by one peer while the other wrote a different key', () => {
    const one = new Y.Doc();
    const two = new Y.Doc();
    const a = kvOf(one);
    const b = kvOf(two);
    write(one, a.kv, [['k', { n: 1 }]]);
    sync(one, two);
    write(one, a.kv, [], ['k']);
    write(two, b.kv, [['other', { n: 9 }]]);
    sync(one, two);
    for (const kv of [a.kv, b.kv]) {
      expect(kv.get('k')).toBeUndefined();
      expect(kv.get('other')).toEqual({ n: 9 });
    }
  });
});
