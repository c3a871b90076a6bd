/**
 * Fills a conference's board for `npm run bench:board`, as a chair would over a long conference:
 * a stock y-websocket client (the chair's cookie) on both documents makes a seeded sequence of
 * single-change transactions (adds, text edits, attribute changes, moves between sections, moves
 * to and from professionals-only, deletes), ending with exactly `items` live public items.
 * Everything depends only on the seed. All text is plain and fictional.
 */
import * as Y from 'yjs';
import {
  addItem,
  deleteItem,
  itemText,
  moveItem,
  readBoard,
  readChildren,
  replaceText,
  updateItem,
} from '@cb/shared/doc/board';
import { EVIDENCE_TAGS, SOURCES, WORRY_KINDS, type ListSection } from '@cb/shared/doc/schema';
import { docNameFor } from '@cb/shared/protocol';
import type { Store } from '@cb/server/src/store/Store.ts';
import { mulberry32, randomBytes } from '../support/random.ts';
import { connectDoc, whenSynced, type TestProvider } from '../support/yclient.ts';

/** The sections the board shows as lists of cards (what the family sees items in). */
export const CARD_SECTIONS = ['worries', 'workingWell', 'greyAreas', 'childsVoice', 'parentsView'] as const;

type Op = 'add' | 'text' | 'update' | 'move' | 'delete' | 'restrict' | 'unrestrict';

export interface SeedPlan {
  items: number;
  edits: number;
  seed: number;
}

export interface SeedResult {
  publicItems: number;
  restrictedItems: number;
  ops: Record<Op, number>;
  /** Size of each document's full state (bytes), and stored update rows once everything landed. */
  publicBytes: number;
  restrictedBytes: number;
  storedRows: number;
  ms: number;
}

const NAMES = [
  'Mum',
  'Dad',
  'Nan',
  'the school',
  'the health visitor',
  'the social worker',
  'Uncle Fictional',
];
const SUBJECTS = ['The children', 'Testchild A', 'Testchild B', 'Mum', 'Dad', 'The family', 'Nan'];
const VERBS = ['said', 'told us', 'showed', 'mentioned', 'explained', 'wrote', 'shared'];
const OBJECTS = [
  'that mornings before school are rushed',
  'that the flat is warm and tidy',
  'that bedtime has been later since the summer',
  'that the children enjoy the after-school club',
  'that there were arguments at weekends',
  'that the garden gate is now fixed',
  'that appointments were missed in October',
  'that lunch boxes are packed every day',
  'that Nan helps on Tuesdays and Thursdays',
  'that the car broke down twice this month',
  'that homework is done at the kitchen table',
  'that the dog needs walking before school',
];
const EXTRAS = [
  'every week',
  'most days',
  'since the last meeting',
  'according to the school',
  'at the review',
  'on the phone',
  'when asked',
  'with a smile',
  'more than once',
  'this term',
];

function pick<T>(rand: () => number, values: readonly T[]): T {
  return values[Math.floor(rand() * values.length)] as T;
}

/** A UUID-shaped id from the seeded generator (the client makes real random UUIDs). */
function seededId(rand: () => number): string {
  const hex = [...randomBytes(rand, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function sentence(rand: () => number): string {
  return `${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)}.`;
}

/** A small edit to a card's words: add a phrase, swap a word, or drop one, keeping it short. */
function editedText(rand: () => number, prev: string): string {
  const words = prev.replace(/\.$/, '').split(' ');
  const roll = rand();
  if (roll < 0.4 && prev.length < 160) words.push(pick(rand, EXTRAS));
  else if (roll < 0.75 || words.length < 6) {
    const i = Math.floor(rand() * words.length);
    words[i] = pick(rand, EXTRAS).split(' ')[0] ?? 'often';
  } else words.splice(1 + Math.floor(rand() * (words.length - 1)), 1);
  return `${words.join(' ')}.`;
}

/** How many of each kind of change, given the live items wanted and the total edits. */
export function planOps({ items, edits }: SeedPlan): Record<Op, number> {
  const restrict = Math.round(items / 6);
  const unrestrict = Math.round(restrict / 5);
  const del = Math.round((items * 5) / 6);
  const add = items + del + restrict - unrestrict;
  const move = Math.round(edits * 0.08);
  const update = Math.round(edits * 0.03);
  const text = edits - add - del - restrict - unrestrict - move - update;
  if (text < 0) throw new Error(`${edits} edits are too few for ${items} live items`);
  return { add, text, update, move, delete: del, restrict, unrestrict };
}

function shuffle<T>(rand: () => number, values: T[]): T[] {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [values[i], values[j]] = [values[j] as T, values[i] as T];
  }
  return values;
}

/** Live items by document, for picking at random without scanning the documents. */
class Live {
  readonly ids: string[] = [];
  readonly sections = new Map<string, ListSection>();
  add(id: string, section: ListSection): void {
    this.ids.push(id);
    this.sections.set(id, section);
  }
  take(rand: () => number): { id: string; section: ListSection } {
    const i = Math.floor(rand() * this.ids.length);
    const id = this.ids[i] as string;
    this.ids[i] = this.ids[this.ids.length - 1] as string;
    this.ids.pop();
    const section = this.sections.get(id) as ListSection;
    this.sections.delete(id);
    return { id, section };
  }
  any(rand: () => number): string {
    return this.ids[Math.floor(rand() * this.ids.length)] as string;
  }
}

/** Runs the plan on the two documents; one transaction (so one sync update) per change. */
async function applyPlan(
  publicDoc: Y.Doc,
  restrictedDoc: Y.Doc,
  plan: SeedPlan,
): Promise<Record<Op, number>> {
  const rand = mulberry32(plan.seed);
  const counts = planOps(plan);
  const bootstrap = Math.min(30, counts.add);
  const ops: Op[] = [];
  for (const [op, n] of Object.entries(counts) as [Op, number][]) {
    for (let i = 0; i < (op === 'add' ? n - bootstrap : n); i++) ops.push(op);
  }
  const queue: Op[] = [...Array.from({ length: bootstrap }, (): Op => 'add'), ...shuffle(rand, ops)];
  const children = readChildren(publicDoc).map((c) => c.id);
  const pub = new Live();
  const res = new Live();
  const base = Date.parse('2026-12-03T10:00:00Z');
  let step = 0;
  const done: Record<Op, number> = {
    add: 0,
    text: 0,
    update: 0,
    move: 0,
    delete: 0,
    restrict: 0,
    unrestrict: 0,
  };

  let deferred = 0;
  for (let i = 0; i < queue.length; i++) {
    const op = queue[i] as Op;
    // A change that needs an item nobody has written yet waits until later in the sequence.
    const needsPublic = op === 'move' || op === 'delete' || op === 'restrict';
    if ((needsPublic && pub.ids.length === 0) || (op === 'unrestrict' && res.ids.length === 0)) {
      if (++deferred > queue.length) throw new Error('the seed plan cannot be carried out');
      queue.push(op);
      continue;
    }
    deferred = 0;
    if (op === 'add') {
      const section = pick(rand, CARD_SECTIONS);
      const id = seededId(rand);
      step += 1;
      addItem(publicDoc, section, {
        id,
        text: sentence(rand),
        kind: section === 'worries' ? pick(rand, WORRY_KINDS) : null,
        saidBy: rand() < 0.7 ? pick(rand, NAMES) : null,
        childIds: rand() < 0.3 && children.length > 0 ? [pick(rand, children)] : [],
        tag: rand() < 0.5 ? pick(rand, EVIDENCE_TAGS) : null,
        source: rand() < 0.4 ? pick(rand, SOURCES) : null,
        createdAt: new Date(base + step * 7_000).toISOString(),
      });
      pub.add(id, section);
    } else if (op === 'text') {
      const fromRestricted = res.ids.length > 0 && rand() < 0.1;
      const id = (fromRestricted ? res : pub).any(rand);
      const text = itemText([fromRestricted ? restrictedDoc : publicDoc], id);
      if (!text) throw new Error(`item ${id} has no text`);
      replaceText(text, editedText(rand, text.toString()));
    } else if (op === 'update') {
      const id = pub.any(rand);
      const section = pub.sections.get(id);
      const patch =
        section === 'worries' && rand() < 0.5
          ? { kind: pick(rand, WORRY_KINDS) }
          : rand() < 0.5
            ? { tag: pick(rand, EVIDENCE_TAGS) }
            : { saidBy: pick(rand, NAMES) };
      updateItem([publicDoc], id, patch);
    } else if (op === 'move') {
      const { id, section } = pub.take(rand);
      const to = pick(
        rand,
        CARD_SECTIONS.filter((s) => s !== section),
      );
      if (!moveItem(publicDoc, publicDoc, id, to)) throw new Error(`could not move ${id}`);
      pub.add(id, to);
    } else if (op === 'delete') {
      const { id } = pub.take(rand);
      if (!deleteItem([publicDoc], id)) throw new Error(`could not delete ${id}`);
    } else {
      const [from, to, fromLive, toLive] =
        op === 'restrict' ? [publicDoc, restrictedDoc, pub, res] : [restrictedDoc, publicDoc, res, pub];
      const { id, section } = fromLive.take(rand);
      if (!moveItem(from, to, id, section)) throw new Error(`could not ${op} ${id}`);
      toLive.add(id, section);
    }
    done[op] += 1;
    // Let the sockets send now and then, as a real session would between keystrokes.
    if (i % 50 === 0) await new Promise((r) => setImmediate(r));
  }
  return done;
}

export function countItems(publicDoc: Y.Doc, restrictedDoc: Y.Doc | null): number {
  const view = readBoard(publicDoc, restrictedDoc);
  return CARD_SECTIONS.reduce((sum, s) => sum + view.sections[s].length, 0);
}

function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));
}

/** Resolves once the store holds every change of both documents (read back from the store itself). */
async function waitStored(store: Store, conferenceId: string, docs: [Y.Doc, Y.Doc]): Promise<number> {
  const started = Date.now();
  for (;;) {
    let rows = 0;
    let complete = true;
    for (const [i, doc] of docs.entries()) {
      const stored = await store.loadUpdates(docNameFor(conferenceId, i === 1));
      const copy = new Y.Doc();
      for (const update of stored.updates) Y.applyUpdate(copy, update);
      complete &&= sameState(copy, doc);
      copy.destroy();
      rows += stored.updates.length;
    }
    if (complete) return rows;
    if (Date.now() - started > 60_000)
      throw new Error('the server had not stored the seeded board after 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface SeededBoard {
  result: SeedResult;
  /** The chair's connections, kept open (a live conference) until closed. */
  close(): void;
}

export async function seedBoard(
  url: string,
  store: Store,
  conferenceId: string,
  chairCookie: string,
  plan: SeedPlan,
): Promise<SeededBoard> {
  const started = performance.now();
  const providers: TestProvider[] = [false, true].map((restricted) =>
    connectDoc(url, docNameFor(conferenceId, restricted), chairCookie),
  );
  const close = () => providers.forEach((p) => p.destroy());
  try {
    await Promise.all(providers.map(whenSynced));
    const [pub, res] = providers.map((p) => p.doc) as [Y.Doc, Y.Doc];
    const ops = await applyPlan(pub, res, plan);
    const storedRows = await waitStored(store, conferenceId, [pub, res]);
    const publicItems = countItems(pub, null);
    if (publicItems !== plan.items)
      throw new Error(`seeded ${publicItems} public items, wanted ${plan.items}`);
    return {
      result: {
        publicItems,
        restrictedItems: countItems(pub, res) - publicItems,
        ops,
        publicBytes: Y.encodeStateAsUpdate(pub).byteLength,
        restrictedBytes: Y.encodeStateAsUpdate(res).byteLength,
        storedRows,
        ms: performance.now() - started,
      },
      close,
    };
  } catch (err) {
    close();
    throw err;
  }
}
