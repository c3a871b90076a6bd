import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mulberry32, randomInt } from '../../../tests/support/random.ts';
import { addItem, findItem, LOCAL_ORIGIN, moveItem } from './board.ts';
import { docParts } from './schema.ts';
import { textOps } from './textDiff.ts';
import { beginTextEdit } from './textEdit.ts';

const textNow = (doc: Y.Doc, id = 'w1') => String(findItem([doc], id)?.map.get('text') ?? '');
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};
function twoDevices(text: string) {
  const a = new Y.Doc();
  addItem(a, 'worries', { id: 'w1', text, createdAt: '2026-12-04T10:00:00.000Z' });
  const b = new Y.Doc();
  sync(a, b);
  return { a, b };
}

describe('textOps', () => {
  it('turns one text into another, for seeded random pairs', () => {
    const rand = mulberry32(20261204);
    const letters = 'ab cde';
    const word = (n: number) => Array.from({ length: n }, () => letters[randomInt(rand, 0, 5)]).join('');
    for (let k = 0; k < 300; k++) {
      const a = word(randomInt(rand, 0, 30));
      const b = word(randomInt(rand, 0, 30));
      const ops = textOps(a, b);
      let out = a;
      for (const op of [...ops].reverse())
        out = out.slice(0, op.at) + op.insert + out.slice(op.at + op.remove);
      expect(out, `${a} → ${b}`).toBe(b);
    }
  });

  it('keeps the words in between two separate changes', () => {
    expect(textOps('one two three', 'ONE two three!')).toEqual([
      { at: 0, remove: 3, insert: 'ONE' },
      { at: 13, remove: 0, insert: '!' },
    ]);
  });
});

describe('editing an item’s words', () => {
  it('merges with an edit made meanwhile on another device: both survive', () => {
    const { a, b } = twoDevices('Dad shouts at night.');
    const mine = beginTextEdit([a], 'w1');
    const theirs = beginTextEdit([b], 'w1');
    expect(mine?.base).toBe('Dad shouts at night.');
    expect(theirs?.save('Dad shouts at night, the neighbour says.')).toBe(true);
    sync(a, b);
    // My draft was made from the words before their change; saving keeps their change.
    expect(mine?.save('Dad often shouts at night.')).toBe(true);
    sync(a, b);
    expect(textNow(a)).toBe('Dad often shouts at night, the neighbour says.');
    expect(textNow(b)).toBe(textNow(a));
  });

  it('is one undoable step, and Escape (cancel) writes nothing', () => {
    const { a } = twoDevices('Mum is tired.');
    const undo = new Y.UndoManager(docParts(a).list('worries'), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    const cancelled = beginTextEdit([a], 'w1');
    cancelled?.cancel();
    expect(undo.canUndo()).toBe(false);
    beginTextEdit([a], 'w1')?.save('Mum is very tired.');
    expect(textNow(a)).toBe('Mum is very tired.');
    undo.undo();
    expect(textNow(a)).toBe('Mum is tired.');
  });

  it('still saves when the item moved to professionals-only meanwhile, and says so when it is gone', () => {
    const pub = new Y.Doc();
    const res = new Y.Doc();
    addItem(pub, 'worries', { id: 'w1', text: 'A worry.', createdAt: '2026-12-04T10:00:00.000Z' });
    const edit = beginTextEdit([pub, res], 'w1');
    moveItem(pub, res, 'w1', 'worries');
    expect(edit?.save('A worry, from school.')).toBe(true);
    expect(textNow(res)).toBe('A worry, from school.');
    const gone = beginTextEdit([pub, res], 'w1');
    res.transact(() => docParts(res).list('worries').delete(0, 1));
    expect(gone?.save('Too late.')).toBe(false);
    expect(beginTextEdit([pub, res], 'nope')).toBeNull();
  });
});
