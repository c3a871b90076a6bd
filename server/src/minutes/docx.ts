/**
 * The minutes, and the plan on its own, as A4 Word files (docx 9) that the admin can edit before
 * sending: real Word headings, tables with a header row repeated on every page, bullet lists,
 * "Confidential" in the header and "Page N of M" in the footer. Draws the blocks of the shared
 * outline (shared/minutes/outline.ts). The genogram is given in words (shared/minutes/genogramWords.ts): see docxBlock's note.
 */
import { LETTER_TITLE, letterOutline } from '@cb/shared/minutes/letter';
import {
  ImageRun,
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Minutes } from '@cb/shared/minutes/types';
import { fitColumns, wordPoints } from './columnWidths.ts';
import { genogramPicture } from './genogramPicture.ts';
import { minutesTitle, PROFESSIONALS_ONLY_WORDS } from '@cb/shared/minutes/words';
import {
  confidentialWords,
  PEOPLE_HEADER,
  pageRuns,
  plainTable,
  type Block,
  type PageRun,
  type PlainTable,
  type Run,
} from '@cb/shared/minutes/blocks';
import { minutesOutline, planOutline } from '@cb/shared/minutes/outline';

/** A4 in twentieths of a point (twips), with 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const LANDSCAPE_TEXT_WIDTH = PAGE.height - 2 * PAGE.margin;
const MUTED = '52606D';
const WARNING = '8A1C1C';
/** Sizes in half-points. */
const SMALL = 17;
const TABLE_TEXT = 18;

function textRuns(runs: Run[], size?: number): TextRun[] {
  return runs.flatMap((run, i) => {
    const out: TextRun[] = [];
    if (run.professionalsOnly) {
      out.push(new TextRun({ text: `${PROFESSIONALS_ONLY_WORDS}: `, bold: true, color: WARNING, size }));
    }
    // An attribution after the item's words goes on its own, smaller line.
    if (run.muted) out.push(new TextRun({ text: run.text, color: MUTED, size: SMALL, break: i > 0 ? 1 : 0 }));
    else out.push(new TextRun({ text: run.text, bold: run.bold ?? false, size }));
    return out;
  });
}

function cell(text: string, opts: { header?: boolean; bold?: boolean; width: number }): TableCell {
  // A line break inside a cell ("Ada\nBen") becomes separate lines in Word.
  const lines = text.split('\n');
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    ...(opts.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E4E7EB' } } : {}),
    children: [
      new Paragraph({
        children: lines.map(
          (line, i) =>
            new TextRun({
              text: line,
              bold: opts.header || opts.bold,
              size: TABLE_TEXT,
              break: i > 0 ? 1 : 0,
            }),
        ),
      }),
    ],
  });
}

function table({ header, rows, widths: relative, labels }: PlainTable, width = TEXT_WIDTH): Table {
  // Twentieths of a point; a cell's text sits inside Word's default margins (0.08 in each side).
  const margins = 2 * 115;
  const word = wordPoints(TABLE_TEXT / 2);
  const widths = fitColumns(relative, width, [header, ...rows], (w) => word(w) * 20 + margins).map(
    Math.floor,
  );
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: labels,
        children: row.map((text, i) => cell(text, { bold: labels && i === 0, width: widths[i] ?? 0 })),
      }),
  );
  const head =
    header.length > 0
      ? [
          // Marked as a header row: Word repeats it at the top of every page the table runs onto.
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: header.map((text, i) => cell(text, { header: true, width: widths[i] ?? 0 })),
          }),
        ]
      : [];
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [...head, ...body],
  });
}

const bullets = (items: Run[][]) =>
  items.map(
    (runs) => new Paragraph({ bullet: { level: 0 }, children: textRuns(runs), spacing: { after: 60 } }),
  );

const spacer = () => new Paragraph({ children: [], spacing: { after: 120 } });

function docxBlock(block: Block, width: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] })];
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          keepNext: true,
          children: [new TextRun(block.text)],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: textRuns(block.runs), spacing: { after: 120 } })];
    case 'bullets':
      return bullets(block.items);
    case 'checks':
      return bullets(block.items.map((c) => c.runs));
    case 'table':
    case 'facts':
      return [table(plainTable(block), width), spacer()];
    case 'group':
      return block.blocks.flatMap((b) => docxBlock(b, width));
    case 'genogram':
      // The picture (SVG, with a PNG for Word versions that cannot show SVG), then the same tree in
      // words, which the admin can also correct.
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          keepNext: true,
          children: [new TextRun(block.heading)],
        }),
        ...(block.people.length > 0 ? genogramParagraph(block.svg) : []),
        ...(block.people.length > 0
          ? [
              table({ header: PEOPLE_HEADER, rows: block.people, widths: [3, 4, 3], labels: false }),
              spacer(),
              ...block.relationships.map(
                (line) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line)] }),
              ),
            ]
          : [
              new Paragraph({ children: [new TextRun({ text: 'No family tree was drawn.', color: MUTED })] }),
            ]),
      ];
  }
}

function render(minutes: Minutes, title: string, runs: PageRun[]): Promise<Buffer> {
  const header = () =>
    new Header({
      children: [
        new Paragraph({
          children: [
            new TextRun({ text: confidentialWords(minutes), bold: true, color: WARNING, size: SMALL }),
          ],
        }),
      ],
    });
  const footer = () =>
    new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({
              children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
              size: SMALL,
            }),
          ],
        }),
      ],
    });
  // One Word section per run of pages: the plan's table on landscape pages, the rest upright.
  const sections = runs.map((run) => ({
    properties: {
      page: {
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation: run.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
      },
    },
    headers: { default: header() },
    footers: { default: footer() },
    children: run.blocks.flatMap((b) => docxBlock(b, run.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH)),
  }));
  const doc = new Document({
    title,
    subject: minutes.conference.title,
    creator: 'Conference Board',
    description: confidentialWords(minutes),
    styles: { default: { document: { run: { font: 'Arial', size: 21 } } } },
    sections,
  });
  return Packer.toBuffer(doc);
}

/** The family tree picture, as wide as the text at most; nothing when the SVG has no size. */
function genogramParagraph(svg: string): Paragraph[] {
  const picture = genogramPicture(svg, TEXT_WIDTH / 15);
  if (!picture) return [];
  return [
    new Paragraph({
      spacing: { after: 120 },
      children: [
        new ImageRun({
          type: 'svg',
          data: picture.svg,
          fallback: { type: 'png', data: picture.png },
          transformation: { width: picture.width, height: picture.height },
          altText: {
            name: 'Family tree',
            title: 'Family tree (genogram)',
            description: 'The family tree; the table below lists the same people and relationships.',
          },
        }),
      ],
    }),
  ];
}

export function minutesDocx(minutes: Minutes): Promise<Buffer> {
  return render(minutes, minutesTitle(minutes), pageRuns(minutesOutline(minutes)));
}

/** The family's decision letter: upright, from the family's copy only. */
export function letterDocx(minutes: Minutes): Promise<Buffer> {
  return render(minutes, LETTER_TITLE, pageRuns(letterOutline(minutes)));
}

/** The plan, the contingency plans and the dates, without the rest of the minutes: landscape. */
export function planDocx(minutes: Minutes): Promise<Buffer> {
  return render(minutes, minutesTitle(minutes, 'the plan'), pageRuns(planOutline(minutes), true));
}
