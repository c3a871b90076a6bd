/**
 * One measured window of `npm run bench:typing` for each thing typed into: the chair's capture
 * box (then Enter, timed until the card is drawn, and the card deleted again by the co-chair's
 * client), an existing card's editor (then Escape: its words stay as they were), or the plain
 * reference `<textarea>`. The words are seeded and carry the round's tag, so no added card can
 * be mistaken for another.
 */
import { deleteItem, readBoard } from '@cb/shared/doc/board';
import { mulberry32 } from '../support/random.ts';
import { sentence } from './boardWords.ts';
import type { Options } from './typingArgs.ts';
import type { ChairBoard } from './typingSetup.ts';
import { addMeasured, quiet, typeMeasured, type KeyWindow, type Target } from './typingPage.ts';
import type { Profile } from './typingProfile.ts';

export const KINDS = ['capture', 'card', 'plain'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_NAMES: Record<Kind, string> = {
  capture: 'capture box (a new worry)',
  card: 'card editor (its words)',
  plain: 'plain <textarea> (reference)',
};

export interface Step {
  window: KeyWindow;
  /** Enter → the new card drawn in its list (capture box only), and its profile with --profile. */
  addMs: number | null;
  addProfile?: Profile | null;
}

const CAPTURE = 'section[data-section="worries"] input.capture__input';

/** Exactly `keys` characters of plain words, starting with the tag and not ending in a space. */
export function wordsFor(tag: string, keys: number, seed: number): string {
  const rand = mulberry32(seed);
  let words = `Bench ${tag}:`;
  while (words.length < keys) words += ` ${sentence(rand)}`;
  words = words.slice(0, keys);
  return words.endsWith(' ') ? `${words.slice(0, -1)}x` : words;
}

function hash(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

/** The co-chair deletes the card the chair added; the page is left to draw it gone. */
async function removeCard(board: ChairBoard, target: Target, words: string): Promise<void> {
  const { publicDoc, restrictedDoc } = board.seeder;
  const started = Date.now();
  for (;;) {
    const item = readBoard(publicDoc, restrictedDoc).sections.worries.find((i) => i.text === words);
    if (item) {
      deleteItem([publicDoc, restrictedDoc], item.id);
      break;
    }
    if (Date.now() - started > 15_000) throw new Error(`the added card “${words}” never reached the server`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await target.page.waitForFunction(
    (w) =>
      !Array.from(document.querySelectorAll('[data-item-id] .item__text')).some((el) => el.textContent === w),
    words,
    { polling: 50 },
  );
}

export async function measureKind(
  kind: Kind,
  target: Target,
  board: ChairBoard,
  options: Options,
  tag: string,
): Promise<Step> {
  const { page } = target;
  const words = wordsFor(tag, options.keys, options.seed + hash(`${kind}${tag}`));
  if (kind === 'capture') {
    await page.locator(CAPTURE).focus();
    await quiet(target);
    const window = await typeMeasured(target, words, options.pace, options);
    const add = await addMeasured(target, 'worries', words, options.profile);
    await removeCard(board, target, words);
    return { window, addMs: add.ms, addProfile: add.profile };
  }
  if (kind === 'card') {
    const id = await page.evaluate(() => {
      const cards = document.querySelectorAll<HTMLElement>(
        'section[data-section="workingWell"] li[data-item-id]',
      );
      const short = Array.from(cards).find(
        (c) => (c.querySelector('.item__text')?.textContent ?? '').length < 200,
      );
      return short?.dataset.itemId ?? null;
    });
    if (!id) throw new Error("no card to edit in What's working well");
    await page.locator(`li[data-item-id="${id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('item__editor') === true);
    await quiet(target);
    const window = await typeMeasured(target, words, options.pace, options);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('textarea.item__editor') === null);
    return { window, addMs: null };
  }
  await page.fill('#plain', '');
  await page.focus('#plain');
  await quiet(target);
  return { window: await typeMeasured(target, words, options.pace, options), addMs: null };
}
