/**
 * Fills a conference's board for `npm run bench:board`, as a chair would over a long conference,
 * through the chair's synced documents (boardChair.ts): a seeded sequence of single-change
 * transactions on the cards (adds, text edits, attribute changes, moves between sections, moves
 * to and from professionals-only, deletes) ending with exactly `items` live public cards; then
 * every other region: a forty-person family tree, 20 plan rows, attendees, contingency plans and
 * a decision per child (scriptedBig.ts), and safety-scale scores. Everything depends only on the
 * seed. All text is plain and fictional.
 */
import type * as Y from 'yjs';
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
import { mulberry32 } from '../support/random.ts';
import { scriptBigConference } from '../support/scriptedBig.ts';
import { editedText, NAMES, pick, seededId, sentence } from './boardWords.ts';

/** The sections the board shows as lists of cards (what the family sees items in). */
export const CARD_SECTIONS = ['worries', 'workingWell', 'greyAreas', 'childsVoice', 'parentsView'] as const;

export type Op = 'add' | 'text' | 'update' | 'move' | 'delete' | 'restrict' | 'unrestrict';

export interface SeedPlan {
  items: number;
  edits: number;
  seed: number;
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

/** Safety-scale scores on the full board: people in the room, one of them professionals-only. */
const SCALE_ENTRIES = 8;

export interface FullBoard {
  ops: Record<Op, number>;
  publicItems: number;
  restrictedItems: number;
}

/** The whole full board: the cards' long history, then every other region. */
export async function seedFullBoard(
  publicDoc: Y.Doc,
  restrictedDoc: Y.Doc,
  plan: SeedPlan,
): Promise<FullBoard> {
  const ops = await applyPlan(publicDoc, restrictedDoc, plan);
  const publicItems = countItems(publicDoc, null);
  if (publicItems !== plan.items) throw new Error(`seeded ${publicItems} public items, wanted ${plan.items}`);
  const into = { publicDoc, restrictedDoc, children: readChildren(publicDoc) };
  scriptBigConference(plan.seed, { into, items: 0 });
  const rand = mulberry32(plan.seed + 1);
  for (let i = 0; i < SCALE_ENTRIES; i++) {
    const doc = i === SCALE_ENTRIES - 1 ? restrictedDoc : publicDoc;
    addItem(doc, 'safetyScales', {
      id: seededId(rand),
      text: `${pick(rand, NAMES)} (${i + 1})`,
      score: Math.floor(rand() * 11),
      createdAt: new Date(Date.parse('2026-12-03T12:00:00Z') + i * 60_000).toISOString(),
    });
  }
  return { ops, publicItems, restrictedItems: countItems(publicDoc, restrictedDoc) - publicItems };
}
