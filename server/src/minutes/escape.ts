/**
 * Escaping for the HTML minutes, and the few element builders that use it. Every string that came
 * from a person (an item, a name, a plan row) passes through `esc` before it reaches the page; the
 * only markup not built here is the genogram's SVG, which `safeSvg` checks before it is inlined.
 */
import { PROFESSIONALS_ONLY_WORDS } from '@cb/shared/minutes/words';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for an element's content or a double-quoted attribute. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Text with its line breaks kept (a contingency plan typed as several lines). */
export function escLines(text: string): string {
  return esc(text.trim()).replace(/\r?\n/g, '<br>');
}

/**
 * The genogram's SVG, or null when it is not what `genogramToSvg` makes. That function escapes
 * every label itself; this is a second lock, because minutes can also be rebuilt from stored JSON,
 * and a script or event handler in an inlined SVG would run in whoever opens the file.
 */
export function safeSvg(svg: string): string | null {
  const s = svg.trim();
  if (!/^<svg[\s>]/.test(s) || !s.endsWith('</svg>')) return null;
  // Tags that run or embed content, event-handler attributes (inside a tag only: a label may say
  // "one = two"), script URLs and entity tricks.
  if (/<\s*(script|foreignObject|iframe|object|embed)\b|<[^>]*\son[a-z]+\s*=|javascript:|<!ENTITY/i.test(s)) {
    return null;
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Element builders: text in is escaped here; arguments named as HTML are already escaped.
// ---------------------------------------------------------------------------------------------

/** The mark before a professionals-only item's words. */
export const PROFESSIONALS_ONLY_MARK = `<strong class="po">${esc(PROFESSIONALS_ONLY_WORDS)}</strong> `;
export const none = (words = 'None recorded.') => `<p class="none">${esc(words)}</p>`;

/** A bulleted list of already-escaped items; `marked` picks out the professionals-only ones. */
export function list(items: string[], marked: boolean[]): string {
  const li = (html: string, i: number) => `<li${marked[i] ? ' class="professionals-only"' : ''}>${html}</li>`;
  return `<ul>${items.map(li).join('')}</ul>`;
}

/**
 * A table with a header row; cells are already-escaped HTML. `cols` names each column's class
 * (our own words) so the stylesheet can size it.
 */
export function table(cls: string, header: string[], rows: string[][], cols: string[] = []): string {
  const th = header.map((x) => `<th scope="col">${esc(x)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  const colgroup =
    cols.length > 0 ? `<colgroup>${cols.map((c) => `<col class="${esc(c)}">`).join('')}</colgroup>` : '';
  return `<table class="${cls}">${colgroup}<thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A two-column table of labels and values; values are already-escaped HTML. */
export function facts(rows: [string, string][]): string {
  const tr = rows.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${v}</td></tr>`).join('');
  return `<table class="facts"><tbody>${tr}</tbody></table>`;
}
