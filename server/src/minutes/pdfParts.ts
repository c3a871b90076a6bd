/**
 * Blocks (shared/minutes/blocks.ts, groups opened out) to pdfmake content: styles, tables with a header row repeated on every page,
 * and the genogram as vector SVG on a page of its own shape. Units are PDF points (1/72 inch).
 */
import { fitColumns, wordPoints } from './columnWidths.ts';
import type { Content, ContentText, CustomTableLayout, StyleDictionary, TableCell } from 'pdfmake/interfaces';
import { PROFESSIONALS_ONLY_WORDS } from '@cb/shared/minutes/words';
import { plainTable, type Block, type PlainTable, type Run } from '@cb/shared/minutes/blocks';

export const A4 = { width: 595.28, height: 841.89 } as const;
/** left, top, right, bottom: room at the top and bottom for the running header and footer. */
export const MARGINS: [number, number, number, number] = [50, 60, 50, 50];
const CELL_PADDING = 4;
const RULE = 0.5;

const INK = '#1f2933';
const MUTED = '#52606d';
const WARNING = '#8a1c1c';

export const STYLES: StyleDictionary = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
  h1: { fontSize: 14, bold: true, margin: [0, 14, 0, 6], color: INK },
  h2: { fontSize: 11.5, bold: true, margin: [0, 8, 0, 4], color: INK },
  paragraph: { margin: [0, 0, 0, 6] },
  tableHeader: { bold: true, fillColor: '#e4e7eb' },
  table: { fontSize: 9, margin: [0, 2, 0, 8] },
};

export const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: () => RULE,
  vLineWidth: () => RULE,
  hLineColor: () => '#9aa5b1',
  vLineColor: () => '#9aa5b1',
  paddingLeft: () => CELL_PADDING,
  paddingRight: () => CELL_PADDING,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** Content area of a page in each orientation. */
export const PORTRAIT = {
  width: A4.width - MARGINS[0] - MARGINS[2],
  height: A4.height - MARGINS[1] - MARGINS[3],
};
export const LANDSCAPE = {
  width: A4.height - MARGINS[0] - MARGINS[2],
  height: A4.width - MARGINS[1] - MARGINS[3],
};

function runText(run: Run, after: boolean): ContentText[] {
  const out: ContentText[] = [];
  if (run.professionalsOnly) out.push({ text: `${PROFESSIONALS_ONLY_WORDS}: `, bold: true, color: WARNING });
  // An attribution after the item's words goes on its own, smaller line.
  if (run.muted) out.push({ text: `${after ? '\n' : ''}${run.text}`, fontSize: 8.5, color: MUTED });
  else out.push({ text: run.text, bold: run.bold ?? false });
  return out;
}

function runsText(runs: Run[]): ContentText[] {
  return runs.flatMap((r, i) => runText(r, i > 0));
}

/** Relative widths to points, so a table is exactly as wide as the page's text. */
export function tableWidths(relative: number[], pageWidth: number, cells: string[][] = []): number[] {
  const usable = pageWidth - relative.length * 2 * CELL_PADDING - (relative.length + 1) * RULE;
  // The table's text is 9 pt (STYLES.table).
  return fitColumns(relative, usable, cells, wordPoints(9));
}

function table({ header, rows, widths: relative, labels }: PlainTable, pageWidth: number): Content {
  const body: TableCell[][] = [];
  if (header.length > 0) body.push(header.map((text) => ({ text, style: 'tableHeader' })));
  for (const row of rows) body.push(row.map((text, i) => ({ text, bold: labels && i === 0 })));
  return {
    style: 'table',
    layout: 'minutes',
    table: {
      // The header row is drawn again at the top of every page the table runs onto.
      headerRows: header.length > 0 ? 1 : 0,
      keepWithHeaderRows: header.length > 0 ? 1 : 0,
      widths: tableWidths(relative, pageWidth, [header, ...rows]),
      body,
    },
  };
}

/** The size the SVG says it is, from its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const num = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)`).exec(root)?.[1] ?? NaN);
  return { width: num('width'), height: num('height') };
}

/**
 * The PDF's SVG drawer does not know `paint-order`, so the genogram's white halo behind each label
 * would be painted over the letters. Draw the halo as a copy underneath, then the letters alone.
 */
export function pdfSvg(svg: string): string {
  return svg.replace(
    /<g([^>]*?)\spaint-order="stroke"([^>]*)>([\s\S]*?)<\/g>/g,
    (_m, a: string, b: string, body) => {
      const attrs = `${a}${b}`;
      const halo = attrs
        .replace(/\sfill="[^"]*"/, '')
        .replace(/\sstroke="([^"]*)"/, ' stroke="$1" fill="$1"');
      const letters = attrs
        .replace(/\sstroke="[^"]*"/, ' stroke="none"')
        .replace(/\sstroke-width="[^"]*"/, '');
      return `<g${halo}>${body}</g><g${letters}>${body}</g>`;
    },
  );
}

function genogram(heading: string, svg: string): Content[] {
  const { width, height } = svgSize(svg);
  const room = (page: { width: number; height: number }) =>
    Math.min(page.width / width, (page.height - 40) / height);
  // A wide family fits better on a landscape page of its own; the next section starts upright.
  if (room(LANDSCAPE) > room(PORTRAIT) * 1.25) {
    return [
      { text: heading, style: 'h1', pageBreak: 'before', pageOrientation: 'landscape' },
      { svg: pdfSvg(svg), fit: [LANDSCAPE.width, LANDSCAPE.height - 40], alignment: 'center' },
      { text: '', pageBreak: 'after', pageOrientation: 'portrait' },
    ];
  }
  return [
    {
      unbreakable: true,
      stack: [
        { text: heading, style: 'h1' },
        { svg: pdfSvg(svg), fit: [PORTRAIT.width, PORTRAIT.height - 40], alignment: 'center' },
      ],
    },
  ];
}

function blockContent(block: Block, width: number): Content[] {
  switch (block.kind) {
    case 'title':
      return [{ text: block.text, style: 'title' }];
    case 'heading':
      return [{ text: block.text, style: block.level === 1 ? 'h1' : 'h2' }];
    case 'paragraph':
      return [{ text: runsText(block.runs), style: 'paragraph' }];
    case 'bullets':
      return [bullets(block.items)];
    case 'checks':
      return [bullets(block.items.map((c) => c.runs))];
    case 'table':
    case 'facts':
      return [table(plainTable(block), width)];
    case 'group':
      return block.blocks.flatMap((b) => blockContent(b, width));
    case 'genogram':
      return block.people.length > 0
        ? genogram(block.heading, block.svg)
        : [
            { text: block.heading, style: 'h1' },
            { text: 'No family tree was drawn.', color: MUTED },
          ];
  }
}

function bullets(items: Run[][], last = true): Content {
  return {
    ul: items.map((runs) => ({ text: runsText(runs), margin: [0, 0, 0, 3] })),
    margin: [0, 0, 0, last ? 6 : 0],
  };
}

/** Tables this short move whole with their heading; longer ones may start near a page's foot. */
const SHORT_TABLE_ROWS = 8;

/**
 * The first piece of a block, to keep with the headings above it, and the rest. A long table
 * is not split: its heading is marked instead (headlineLevel) for pdf.ts's page-break check.
 */
function lead(block: Block, width: number): { first: Content[]; rest: Content[] } | null {
  if (block.kind === 'paragraph') return { first: blockContent(block, width), rest: [] };
  if (block.kind === 'bullets' && block.items.length > 0) {
    const rest = block.items.slice(1);
    return {
      first: [bullets(block.items.slice(0, 1), rest.length === 0)],
      rest: rest.length > 0 ? [bullets(rest)] : [],
    };
  }
  if ((block.kind === 'table' || block.kind === 'facts') && block.rows.length <= SHORT_TABLE_ROWS)
    return { first: blockContent(block, width), rest: [] };
  return null;
}

/**
 * Every block; a heading never ends a page: it is kept with the start of what it heads. `width` is
 * the text width of the pages they go on (tables are made exactly that wide).
 */
export function pdfContent(blocks: Block[], width: number = PORTRAIT.width): Content[] {
  const out: Content[] = [];
  let headings: Content[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      headings.push(...blockContent(block, width));
      continue;
    }
    if (headings.length > 0) {
      const kept = lead(block, width);
      if (kept) out.push({ unbreakable: true, stack: [...headings, ...kept.first] }, ...kept.rest);
      else out.push({ stack: headings, headlineLevel: 1 }, ...blockContent(block, width));
      headings = [];
    } else out.push(...blockContent(block, width));
  }
  if (headings.length > 0) out.push(...headings);
  return out;
}
