/**
 * Two people with the chair's link edit the words of the same item at once, each on their own
 * stock y-websocket client through the real server: in every one of 240 seeded interleavings
 * (both editing before either save arrives; one beginning before the other's save arrives but
 * saving after it; one after the other), both edits survive on both devices.
 */
import { describe, expect, it } from 'vitest';
import { addItem, findItem } from '@cb/shared/doc/board';
import { beginTextEdit } from '@cb/shared/doc/textEdit';
import { createConference, joinAsChair } from '../support/factories.ts';
import { mulberry32, randomInt } from '../support/random.ts';
import { serverSuite } from '../support/suite.ts';
import { waitFor, whenSynced, type TestProvider } from '../support/yclient.ts';

const suite = serverSuite();

const ROUNDS = 240;
const WORDS = Array.from({ length: 16 }, (_, i) => `w${String(i).padStart(2, '0')}`);
/** Uppercase letters only: nothing in common with the words, so a diff cannot borrow from them. */
const token = (who: string, round: number) =>
  `${who}${round
    .toString(26)
    .split('')
    .map((d) => String.fromCharCode(65 + parseInt(d, 26)))
    .join('')}`;

const textOf = (p: TestProvider, id: string) => String(findItem([p.doc], id)?.map.get('text') ?? '');

/** One person's edit: drop a word, put a token before another word (word indices of the base). */
interface Edit {
  drop: number;
  before: number;
  token: string;
}
const apply = (words: string[], e: Edit) =>
  words.flatMap((w, i) => (i === e.drop ? [] : i === e.before ? [e.token, w] : [w])).join(' ');

/** Four word indices at least two apart: the two edits touch neither each other's words nor spaces. */
function pickApart(rand: () => number): [number, number, number, number] {
  for (;;) {
    const picks = [0, 1, 2, 3].map(() => randomInt(rand, 1, WORDS.length - 1));
    const apart = picks.every((a, i) => picks.every((b, j) => i === j || Math.abs(a - b) >= 2));
    if (apart) return picks as [number, number, number, number];
  }
}

describe('two people editing one item’s words at once', () => {
  it(`keeps both edits in ${ROUNDS} seeded interleavings`, async () => {
    const conf = await createConference(suite.admin);
    const one = await joinAsChair(suite.t.url, suite.admin, conf.id, 'Chair Fictional');
    const two = await joinAsChair(suite.t.url, suite.admin, conf.id, 'Co-chair Fictional');
    const a = suite.connect(suite.t.url, conf.id, one.cookie);
    const b = suite.connect(suite.t.url, conf.id, two.cookie);
    await Promise.all([whenSynced(a), whenSynced(b)]);
    const rand = mulberry32(4122026);
    const kinds = { concurrent: 0, overlapping: 0, sequential: 0 };

    for (let round = 0; round < ROUNDS; round++) {
      const id = `merge-${round}`;
      const base = WORDS.join(' ');
      addItem(a.doc, 'worries', { id, text: base, createdAt: new Date().toISOString() });
      await waitFor(() => textOf(b, id) === base, `round ${round}: the item on the second device`);
      const [dropA, beforeA, dropB, beforeB] = pickApart(rand);
      const edits = {
        a: { drop: dropA, before: beforeA, token: token('ALPHA', round) },
        b: { drop: dropB, before: beforeB, token: token('BRAVO', round) },
      };
      const [first, second] = rand() < 0.5 ? ([a, b] as const) : ([b, a] as const);
      const editOf = (p: TestProvider) => (p === a ? edits.a : edits.b);
      const kind =
        (['concurrent', 'overlapping', 'sequential'] as const)[randomInt(rand, 0, 2)] ?? 'concurrent';
      kinds[kind]++;
      const firstEdit = beginTextEdit([first.doc], id);
      if (kind === 'sequential') {
        firstEdit?.save(apply(WORDS, editOf(first)));
        await waitFor(() => textOf(second, id) === textOf(first, id), `round ${round}: the first save`);
      }
      const secondEdit = beginTextEdit([second.doc], id);
      if (kind !== 'sequential') firstEdit?.save(apply(WORDS, editOf(first)));
      if (kind === 'overlapping')
        await waitFor(() => textOf(second, id) === textOf(first, id), `round ${round}: the first save`);
      // The second person's draft is made from the words they began from.
      const from = (secondEdit?.base ?? '').split(' ');
      const theirs = editOf(second);
      const shifted = (i: number) => from.indexOf(WORDS[i] ?? '');
      secondEdit?.save(
        apply(from, { ...theirs, drop: shifted(theirs.drop), before: shifted(theirs.before) }),
      );

      const want = WORDS.flatMap((w, i) => {
        if (i === edits.a.drop || i === edits.b.drop) return [];
        const tokens = [edits.a, edits.b].filter((e) => e.before === i).map((e) => e.token);
        return [...tokens, w];
      }).join(' ');
      await waitFor(
        () =>
          textOf(a, id) === textOf(b, id) &&
          textOf(a, id).includes(edits.a.token) &&
          textOf(a, id).includes(edits.b.token),
        `round ${round} (${kind}): both edits on both devices`,
      );
      expect(textOf(a, id), `round ${round} (${kind})`).toBe(want);
    }
    expect(Math.min(...Object.values(kinds))).toBeGreaterThan(50);
  });
});
