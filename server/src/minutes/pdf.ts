/**
 * The minutes, and the plan on its own, as A4 PDFs (pdfmake 0.2, server side). Draws the blocks
 * of the shared outline (shared/minutes/outline.ts); the genogram stays a vector drawing (pdfmake's `svg` node), so it prints sharp.
 * Fonts: see pdfFonts.ts.
 */
import { LETTER_TITLE, letterOutline } from '@cb/shared/minutes/letter';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Minutes } from '@cb/shared/minutes/types';
import { minutesTitle } from '@cb/shared/minutes/words';
import { confidentialWords, pageRuns, type PageRun } from '@cb/shared/minutes/blocks';
import { minutesOutline, planOutline } from '@cb/shared/minutes/outline';
import { getPrinter } from './pdfFonts.ts';
import { A4, LANDSCAPE, MARGINS, pdfContent, PORTRAIT, STYLES, TABLE_LAYOUT } from './pdfParts.ts';

/** Each run of pages in its orientation; a run after the first starts a page of its own shape. */
function runsContent(runs: PageRun[]): Content[] {
  return runs.flatMap((run, i) => {
    const content = pdfContent(run.blocks, run.landscape ? LANDSCAPE.width : PORTRAIT.width);
    if (i === 0) return content;
    const pageOrientation = run.landscape ? 'landscape' : 'portrait';
    return [{ stack: content.slice(0, 1), pageBreak: 'before', pageOrientation }, ...content.slice(1)];
  });
}

function definition(minutes: Minutes, title: string, runs: PageRun[]): TDocumentDefinitions {
  const c = minutes.conference;
  // A fixed creation date (the conference's own) makes the same minutes give the same bytes.
  const when = new Date(c.closedAt ?? c.scheduledAt);
  const confidential = confidentialWords(minutes);
  return {
    pageSize: 'A4',
    pageOrientation: runs[0]?.landscape ? 'landscape' : 'portrait',
    pageMargins: MARGINS,
    info: {
      title,
      subject: c.title,
      author: c.chair,
      creator: 'Conference Board',
      producer: 'Conference Board',
      ...(Number.isNaN(when.getTime()) ? {} : { creationDate: when, modDate: when }),
    },
    header: (_page, _count, size) => ({
      columns: [
        { text: confidential, bold: true, color: '#8a1c1c' },
        { text: title, alignment: 'right', color: '#52606d' },
      ],
      fontSize: 9,
      margin: [MARGINS[0], 24, size.width > A4.width ? MARGINS[0] : MARGINS[2], 0],
    }),
    footer: (page, count) => ({
      text: `Page ${page} of ${count}`,
      alignment: 'center',
      fontSize: 9,
      color: '#52606d',
      margin: [0, 18, 0, 0],
    }),
    content: runsContent(runs),
    styles: STYLES,
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    // A heading above a long table, in the last tenth of a page, moves over to sit with it.
    // (Only the one-argument form: asking for the following nodes costs a scan per node.)
    pageBreakBefore: (node) => node.headlineLevel !== undefined && node.startPosition.verticalRatio > 0.9,
  };
}

function render(doc: TDocumentDefinitions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = getPrinter().createPdfKitDocument(doc, { tableLayouts: { minutes: TABLE_LAYOUT } });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}

export function minutesPdf(minutes: Minutes): Promise<Buffer> {
  return render(definition(minutes, minutesTitle(minutes), pageRuns(minutesOutline(minutes))));
}

/** The family's decision letter: upright, from the family's copy only. */
export function letterPdf(minutes: Minutes): Promise<Buffer> {
  return render(definition(minutes, LETTER_TITLE, pageRuns(letterOutline(minutes))));
}

/** The plan, the contingency plans and the dates, without the rest of the minutes: landscape. */
export function planPdf(minutes: Minutes): Promise<Buffer> {
  return render(definition(minutes, minutesTitle(minutes, 'the plan'), pageRuns(planOutline(minutes), true)));
}
