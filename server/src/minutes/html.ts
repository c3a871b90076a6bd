/**
 * The minutes, the plan on its own and the family's letter, as complete self-contained HTML documents: no scripts,
 * no external fonts, styles or images (the genogram is inline SVG), so the file opens the same
 * anywhere and prints on A4. Made from `Minutes` alone, so the family's copy can hold only what
 * `minutesFromDoc(…, 'family')` gave it (and the shared outline checks again). The body is the
 * shared outline (shared/minutes/outline.ts) drawn by htmlBlocks.ts.
 */
import { LETTER_TITLE, letterOutline } from '@cb/shared/minutes/letter';
import { confidentialWords } from '@cb/shared/minutes/blocks';
import { minutesOutline, planOutline } from '@cb/shared/minutes/outline';
import type { Minutes } from '@cb/shared/minutes/types';
import { minutesTitle } from '@cb/shared/minutes/words';
import { esc } from './escape.ts';
import { sectionsHtml } from './htmlBlocks.ts';

/*
 * Print rules: A4 with a left margin wide enough for a hole punch; the running header and the page
 * numbers are page-margin boxes (the on-screen banner is hidden in print, so it is not printed
 * twice); a heading never ends a page; table rows, decisions and the genogram are not split; a
 * table's header row repeats on each page; the plan's table prints on landscape pages. `header` is one of our own fixed phrases, never input.
 */
const css = (header: string) => `
@page {
  size: A4;
  margin: 22mm 18mm 20mm 22mm;
  @top-left { content: "${header}"; font: 8.5pt system-ui, sans-serif; color: #52606d; text-transform: uppercase; letter-spacing: .04em; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8.5pt system-ui, sans-serif; color: #52606d; }
}
@page wide {
  size: A4 landscape;
  margin: 18mm 20mm 18mm 22mm;
  @top-left { content: "${header}"; font: 8.5pt system-ui, sans-serif; color: #52606d; text-transform: uppercase; letter-spacing: .04em; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8.5pt system-ui, sans-serif; color: #52606d; }
}
/* The plan's six columns print on landscape pages of their own. */
@media print { table.plan { page: wide; } }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 190mm; padding: 16px; font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f2933; background: #fff; }
.running { border-bottom: 1px solid #9aa5b1; color: #52606d; font-size: 9pt; letter-spacing: .04em; text-transform: uppercase; padding: 4px 0; margin-bottom: 12px; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 4px; }
h2 { font-size: 14pt; margin: 22px 0 8px; padding-bottom: 2px; border-bottom: 2px solid #cbd2d9; }
h3 { font-size: 12pt; margin: 14px 0 6px; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
p { margin: 4px 0 8px; }
ul { margin: 4px 0 10px; padding-left: 20px; }
li { margin: 3px 0; break-inside: avoid; }
.subtitle { font-weight: 600; }
.audience { color: #52606d; font-style: italic; }
.note { display: block; color: #52606d; font-size: 9.5pt; }
.none { color: #52606d; font-style: italic; }
.po { display: inline-block; border: 1px solid #8d2b0b; color: #8d2b0b; background: #fff4ef; border-radius: 3px; padding: 0 4px; font-size: 8.5pt; text-transform: uppercase; letter-spacing: .03em; }
li.professionals-only { background: #fff4ef; outline: 1px solid #f0c8b8; padding: 1px 4px; }
table { width: 100%; border-collapse: collapse; margin: 6px 0 12px; font-size: 10pt; }
th, td { border: 1px solid #cbd2d9; padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: break-word; hyphens: manual; }
thead th { background: #f0f4f8; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.facts { width: auto; min-width: 60%; }
table.facts th { background: #f5f7fa; width: 14em; font-weight: 600; }
table.plan { font-size: 9.5pt; table-layout: fixed; }
table.plan col.for { width: 12%; } table.plan col.when { width: 13%; } table.plan col.task { width: 21%; }
figure { margin: 8px 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figcaption { color: #3e4c59; font-size: 9.5pt; margin-top: 6px; }
section.decision { break-inside: avoid; page-break-inside: avoid; }
.checks .not-yet strong { color: #8d2b0b; }
@media print {
  body { padding: 0; max-width: none; font-size: 10.5pt; }
  .running { display: none; }
  figure svg { max-height: 170mm; width: auto; }
  a { color: inherit; text-decoration: none; }
  .po, thead th, table.facts th, li.professionals-only { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

function documentHtml(minutes: Minutes, title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Minutes hold personal data: ask search engines and caches not to keep them.
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${esc(title)}</title>`,
    `<style>${css(confidentialWords(minutes))}</style>`,
    '</head>',
    `<body class="audience-${minutes.audience}">`,
    `<header class="running" role="note">${esc(confidentialWords(minutes))}</header>`,
    `<main>${body}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The whole minutes, in the order of PRODUCT.md "What the minutes contain". */
export function minutesHtml(minutes: Minutes): string {
  return documentHtml(minutes, minutesTitle(minutes, 'minutes'), sectionsHtml(minutesOutline(minutes)));
}

/** The family's decision letter (letterOutline refuses anything but the family's copy). */
export function letterHtml(minutes: Minutes): string {
  return documentHtml(minutes, LETTER_TITLE, sectionsHtml(letterOutline(minutes)));
}

/** The child protection plan on its own: what everyone receives within a working day. */
export function planHtml(minutes: Minutes): string {
  return documentHtml(minutes, minutesTitle(minutes, 'the plan'), sectionsHtml(planOutline(minutes)));
}
