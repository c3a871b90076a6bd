/**
 * The accepted path's promise: an update writeFrom accepts applies to the document without
 * throwing, whether or not it paid for a scratch-document trial. Held against seeded corruptions of
 * real edits (typing, deleting, setting keys, inserting and removing items) on a populated board.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mulberry32 } from '../../../tests/support/random.ts';
import { writeFrom } from './acceptWrite.ts';
import { ProtocolViolation } from './roomTypes.ts';
import { isPlainUpdate } from './updates.ts';

function populated(): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = 100;
  const worries = doc.getArray<Y.Map<unknown>>('worries');
  for (let i = 0; i < 6; i++) {
    const item = new Y.Map<unknown>();
    const text = new Y.Text();
    text.insert(0, `A fictional worry number ${i}`);
    item.set('id', `w${i}`);
    item.set('text', text);
    worries.push([item]);
  }
  doc.getMap('decisions').set('child-1', new Y.Map());
  worries.delete(4, 1);
  return doc;
}

/** Real edits by other clients, each as the update it sends. */
function edits(base: Y.Doc): Uint8Array[] {
  const state = Y.encodeStateAsUpdate(base);
  return Array.from({ length: 8 }, (_, k) => {
    const other = new Y.Doc();
    other.clientID = 200 + k;
    Y.applyUpdate(other, state);
    const before = Y.encodeStateVector(other);
    const worries = other.getArray<Y.Map<unknown>>('worries');
    const item = worries.get(k % 5) as Y.Map<unknown>;
    const text = item.get('text') as Y.Text;
    text.insert(3, 'typed ');
    text.delete(1, 2);
    item.set('seen', k);
    if (k % 3 === 0) worries.delete(0, 1);
    const fresh = new Y.Map<unknown>();
    fresh.set('id', `n${k}`);
    worries.insert(1, [fresh]);
    other.getMap('plan').set(`row${k}`, { task: k });
    return Y.encodeStateAsUpdate(other, before);
  });
}

function accepted(doc: Y.Doc, update: Uint8Array): boolean {
  try {
    return (
      writeFrom(update, {
        doc,
        canWrite: true,
        frozen: false,
        ahead: new Map(),
        beforeStep2: false,
        onRefused: () => undefined,
      }) !== null
    );
  } catch (err) {
    if (err instanceof ProtocolViolation) return false;
    throw err;
  }
}

describe('writeFrom', () => {
  it('takes real edits, and they are plain (no scratch trial needed)', () => {
    const doc = populated();
    for (const update of edits(doc)) {
      expect(isPlainUpdate(Y.decodeUpdate(update))).toBe(true);
      expect(accepted(doc, update)).toBe(true);
    }
  });

  it('accepts no corrupted update that would then throw when applied (seeded)', () => {
    const base = populated();
    const state = Y.encodeStateAsUpdate(base);
    const originals = edits(base);
    const rand = mulberry32(20261203);
    let acceptedCount = 0;
    let refused = 0;
    for (let n = 0; n < 20_000; n++) {
      const update = (originals[n % originals.length] as Uint8Array).slice();
      const flips = 1 + Math.floor(rand() * 3);
      for (let j = 0; j < flips; j++) update[Math.floor(rand() * update.length)] = Math.floor(rand() * 256);
      try {
        Y.decodeUpdate(update);
      } catch {
        continue; // refused at the first step: not what this test is about
      }
      if (!accepted(base, update)) {
        refused++;
        continue;
      }
      acceptedCount++;
      const live = new Y.Doc();
      Y.applyUpdate(live, state);
      expect(() => Y.applyUpdate(live, update)).not.toThrow();
      live.destroy();
    }
    // Both branches were exercised.
    expect(acceptedCount).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(500);
  });
});
