/**
 * The minutes as a renderer-neutral outline: titles, headings, paragraphs, lists and tables, in
 * sections. The HTML, PDF and Word renderers (server/src/minutes) only draw these blocks, so the
 * three files cannot drift apart in words, order or in what the family's copy leaves out. Every
 * heading and label comes from words.ts. Pure: no I/O. The sections themselves are in outline.ts.
 */
import type { Minutes } from './types.ts';

/** A piece of text; `professionalsOnly` draws the "Professionals only" mark before it. */
export interface Run {
  text: string;
  bold?: boolean;
  /** Attribution and tags: drawn smaller and grey. */
  muted?: boolean;
  professionalsOnly?: boolean;
}

/** A table cell: words, or words with a grey note under them (the lead social worker). */
export type Cell = string | { text: string; note: string };

/** What a paragraph is, for a renderer that styles it by kind (the HTML's classes). */
export type ParagraphRole = 'subtitle' | 'audience' | 'none' | 'outcome';

export type TableName = 'attendance' | 'plan' | 'views' | 'core-group' | 'distribution' | 'reports';

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; runs: Run[]; role?: ParagraphRole }
  | { kind: 'bullets'; items: Run[][] }
  /** The checks of a good plan: a list whose items say whether each check passed. */
  | { kind: 'checks'; items: { passed: boolean; runs: Run[] }[] }
  /** `widths` are relative; `cols` names the columns for a renderer that sizes them. */
  | { kind: 'table'; name: TableName; header: string[]; rows: Cell[][]; widths: number[]; cols?: string[] }
  /** A two-column table of labels and values, with no header row. */
  | { kind: 'facts'; rows: [string, string][]; widths: number[] }
  | {
      kind: 'genogram';
      heading: string;
      svg: string;
      /** The whole tree in one paragraph of words (the picture's caption). */
      description: string;
      people: string[][];
      relationships: string[];
    }
  /** Blocks that belong together (one child's decision): kept on one page where they fit. */
  | { kind: 'group'; name: 'decision'; blocks: Block[] };

/** The parts of the minutes, in order; a part may have no blocks (no safety scale used). */
export type SectionKey =
  | 'opening'
  | 'attendance'
  | 'worries'
  | 'lists'
  | 'genogram'
  | 'safetyScales'
  | 'plan'
  | 'contingency'
  | 'decisions'
  | 'coreGroup'
  | 'planChecks'
  | 'distribution';

export interface OutlineSection {
  key: SectionKey;
  blocks: Block[];
}

export const PEOPLE_HEADER = ['Name', 'About them', 'Lives in'];

/** The words in the running header of every page. */
export function confidentialWords(minutes: Pick<Minutes, 'audience'>): string {
  return minutes.audience === 'family' ? 'Confidential: family copy' : 'Confidential: for professionals';
}

/**
 * Whether this item may be drawn. The family's minutes are filtered when they are made; this is
 * the second lock, so a professionals-only item can never reach the family's file.
 */
export function visible(minutes: Pick<Minutes, 'audience'>, item: { professionalsOnly: boolean }): boolean {
  return minutes.audience === 'full' || !item.professionalsOnly;
}

/** Every block, with groups opened out, for a renderer that draws them one after another. */
export function flatBlocks(sections: OutlineSection[]): Block[] {
  return sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'group' ? b.blocks : [b]));
}

/** Blocks that go on pages of one orientation. */
export interface PageRun {
  landscape: boolean;
  blocks: Block[];
}

/**
 * The outline cut into runs of pages by orientation: the plan's table has six wide columns, so it
 * goes on landscape pages (the whole document when it is the plan on its own); the rest is upright.
 */
export function pageRuns(sections: OutlineSection[], allLandscape = false): PageRun[] {
  if (allLandscape) return [{ landscape: true, blocks: flatBlocks(sections) }];
  const runs: PageRun[] = [];
  for (const section of sections) {
    const blocks = flatBlocks([section]);
    const landscape = blocks.some((b) => b.kind === 'table' && b.name === 'plan');
    const last = runs.at(-1);
    if (last && last.landscape === landscape) last.blocks.push(...blocks);
    else runs.push({ landscape, blocks });
  }
  return runs;
}

/** A cell's words, the note on a line of its own. */
export function cellText(cell: Cell): string {
  return typeof cell === 'string' ? cell : `${cell.text}\n${cell.note}`;
}

export interface PlainTable {
  header: string[];
  rows: string[][];
  widths: number[];
  /** A label/value table: no header row, the first column bold. */
  labels: boolean;
}

/** A table or a facts block as rows of words, for a renderer that draws every table alike. */
export function plainTable(block: Extract<Block, { kind: 'table' | 'facts' }>): PlainTable {
  return block.kind === 'facts'
    ? { header: [], rows: block.rows, widths: block.widths, labels: true }
    : {
        header: block.header,
        rows: block.rows.map((r) => r.map(cellText)),
        widths: block.widths,
        labels: false,
      };
}

export const p = (...runs: Run[]): Block => ({ kind: 'paragraph', runs });
export const h1 = (text: string): Block => ({ kind: 'heading', level: 1, text });
export const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });
/** A paragraph of a kind a renderer may style (a subtitle, the audience, an outcome). */
export const para = (role: ParagraphRole, ...runs: Run[]): Block => ({ kind: 'paragraph', runs, role });
/** A grey "None recorded." (or other words), so an empty section is visibly empty, not missing. */
export const none = (text = 'None recorded.'): Block => para('none', { text, muted: true });

/** A list item: the mark (if professionals-only), the text, then the grey attribution. */
export function item(text: string, professionalsOnly: boolean, note = ''): Run[] {
  const runs: Run[] = [{ text, professionalsOnly }];
  if (note) runs.push({ text: note, muted: true });
  return runs;
}

/** Bullets, or a plain "None recorded." when there are none. */
export function bulletsOr(items: Run[][], empty?: string): Block {
  return items.length > 0 ? { kind: 'bullets', items } : none(empty);
}
