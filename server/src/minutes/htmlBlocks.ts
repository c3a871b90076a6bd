/**
 * The outline's blocks (shared/minutes/outline.ts) as HTML: every person's words pass through
 * `esc` (escape.ts); the genogram's SVG is inlined only if `safeSvg` passes it. Nothing here
 * chooses words, order or what the family may see: the outline did.
 */
import type { Block, Cell, OutlineSection, ParagraphRole, Run } from '@cb/shared/minutes/blocks';
import { esc, escLines, facts, list, none, PROFESSIONALS_ONLY_MARK, safeSvg, table } from './escape.ts';

const PARAGRAPH_CLASS: Record<ParagraphRole, string> = {
  subtitle: 'subtitle',
  audience: 'audience',
  none: 'none',
  outcome: 'outcome-words',
};

/** Runs in a line: bold words as <strong>, grey notes after them, the mark before marked words. */
function runsHtml(runs: Run[]): string {
  return runs
    .map((r) => {
      if (r.muted) return ` <span class="note">${esc(r.text)}</span>`;
      if (r.bold) return `<strong>${esc(r.text.trimEnd())}</strong>${r.text.endsWith(' ') ? ' ' : ''}`;
      return `${r.professionalsOnly ? PROFESSIONALS_ONLY_MARK : ''}${escLines(r.text)}`;
    })
    .join('');
}

function cellHtml(cell: Cell): string {
  return typeof cell === 'string'
    ? escLines(cell)
    : `${escLines(cell.text)}<br><span class="note">${esc(cell.note)}</span>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<h1>${esc(block.text)}</h1>`;
    case 'heading':
      return block.level === 1 ? `<h2>${esc(block.text)}</h2>` : `<h3>${esc(block.text)}</h3>`;
    case 'paragraph':
      return block.role
        ? `<p class="${PARAGRAPH_CLASS[block.role]}">${esc(block.runs.map((r) => r.text).join(''))}</p>`
        : `<p>${runsHtml(block.runs)}</p>`;
    case 'bullets':
      return list(
        block.items.map(runsHtml),
        block.items.map((runs) => runs.some((r) => r.professionalsOnly)),
      );
    case 'checks': {
      const li = block.items.map(
        (c) => `<li class="${c.passed ? 'passed' : 'not-yet'}">${runsHtml(c.runs)}</li>`,
      );
      return `<ul class="checks">${li.join('')}</ul>`;
    }
    case 'table':
      return table(
        block.name,
        block.header,
        block.rows.map((row) => row.map(cellHtml)),
        block.cols,
      );
    case 'facts':
      return facts(block.rows.map(([label, value]) => [label, escLines(value)]));
    case 'genogram': {
      const svg = safeSvg(block.svg);
      const picture = svg ?? none('The family tree could not be drawn here.');
      return (
        `<section class="genogram"><h2>${esc(block.heading)}</h2><figure>${picture}` +
        `<figcaption><strong>In words:</strong> ${esc(block.description)}</figcaption></figure></section>`
      );
    }
    case 'group':
      return `<section class="${block.name}">${block.blocks.map(blockHtml).join('')}</section>`;
  }
}

/** Each section's blocks, one section a line. */
export function sectionsHtml(sections: OutlineSection[]): string {
  return sections.map((s) => s.blocks.map(blockHtml).join('')).join('\n');
}
