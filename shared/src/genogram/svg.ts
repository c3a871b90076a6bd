/**
 * The genogram as an SVG string: one pure function, used by the board, the record and the tests.
 * Every piece of text is escaped. See svg-parts.ts for the symbol conventions.
 */
import type { GenogramModel, Person } from './model.ts';
import { EMPTY_PERSON } from './model.ts';
import { describeGenogram } from './describe.ts';
import { DATE_FONT, HOUSEHOLD_FONT, LABEL_FONT, LABEL_GAP } from './labels.ts';
import { layoutGenogram, SYMBOL_SIZE, type Layout, type LineStyle } from './layout.ts';
import {
  DASH,
  datesSvg,
  emotionalSvg,
  esc,
  INK,
  labelSvg,
  line,
  n,
  ringsPath,
  slashesSvg,
  symbolSvg,
} from './svg-parts.ts';

export interface SvgOptions {
  /** The accessible title; default "Family tree (genogram)". */
  title?: string;
  /** Draw a key to the symbols used, under the diagram (default true). */
  legend?: boolean;
  referenceYear?: number;
  /**
   * The chair's own drawing on the tree (drawing.ts), in the layout's units, drawn over it. The
   * picture grows to hold it.
   */
  annotations?: { svg: string; bounds: { minX: number; minY: number; maxX: number; maxY: number } | null };
}

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
/** A white edge around words, so lines behind them do not hide them. */
const HALO = 'stroke="#fff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"';

/** The words under each symbol, in a group that gives them their size and white halo. */
export function labelsGroup(inner: string): string {
  return `<g class="labels" font-size="${LABEL_FONT}" fill="${INK}" ${HALO}>${inner}</g>`;
}

/** Everything but the people: households, lines, markers, emotional lines and dates. */
export function genogramLinesSvg(layout: Layout): string {
  const body: string[] = [];
  for (const h of layout.households) {
    body.push(
      `<g class="household"><path d="${ringsPath(h.rings)}" fill="#f3f5f7" fill-rule="evenodd" stroke="#7b8794" stroke-width="1.5" stroke-dasharray="6 4" stroke-linejoin="round"/></g>`,
    );
  }
  body.push(`<g class="lines" stroke="${INK}" stroke-width="2" fill="none">`);
  for (const s of layout.segments) {
    const w = s.thin ? ' stroke-width="1"' : s.role === 'partner' ? '' : ' stroke-width="1.5"';
    body.push(line(s.x1, s.y1, s.x2, s.y2, `${w}${DASH[s.style]}`));
  }
  for (const m of layout.markers) if (m.slashes > 0) body.push(slashesSvg(m.slashes, m.x, m.y));
  body.push('</g>');
  for (const e of layout.emotional) body.push(emotionalSvg(e.kind, e.points));
  body.push(`<g class="dates" font-size="${DATE_FONT}" fill="#3e4c59" ${HALO}>`);
  for (const m of layout.markers) if (m.dates.length > 0) body.push(datesSvg(m.dates, m.dateX, m.dateY));
  body.push('</g>');
  // The names in a group of their own, with no group inside it (the PDF redraws the halo: pdfParts.ts).
  const names = layout.households.flatMap((h) =>
    h.names.map((nm) => `<text x="${n(nm.x)}" y="${n(nm.y)}">${esc(nm.text)}</text>`),
  );
  if (names.length > 0) {
    body.push(
      `<g class="household-names" font-size="${HOUSEHOLD_FONT}" font-style="italic" fill="#3e4c59" ${HALO}>${names.join('')}</g>`,
    );
  }
  return body.join('');
}

/** The diagram itself, without the key: what the board, the record and the canvas all draw. */
export function genogramBody(layout: Layout, model: GenogramModel): string {
  const people = new Map(model.people.map((p) => [p.id, p]));
  const body: string[] = [genogramLinesSvg(layout)];
  body.push(`<g class="people" stroke="${INK}" stroke-width="2" fill="none">`);
  for (const s of layout.symbols) {
    const p = people.get(s.personId);
    if (p) body.push(symbolSvg(p, s.x, s.y, s.size));
  }
  body.push('</g>');
  body.push(
    labelsGroup(layout.symbols.map((s) => labelSvg(s.label, s.x, s.y + s.size / 2 + LABEL_GAP)).join('')),
  );
  return body.join('');
}

export function genogramToSvg(model: GenogramModel, options: SvgOptions = {}): string {
  const layout = layoutGenogram(model, { referenceYear: options.referenceYear ?? 2026 });
  const extra = options.annotations?.bounds;
  const b = extra
    ? {
        minX: Math.min(layout.bounds.minX, extra.minX - 10),
        minY: Math.min(layout.bounds.minY, extra.minY - 10),
        maxX: Math.max(layout.bounds.maxX, extra.maxX + 10),
        maxY: Math.max(layout.bounds.maxY, extra.maxY + 10),
      }
    : layout.bounds;
  const drawing = options.annotations?.svg ? `<g class="annotations">${options.annotations.svg}</g>` : '';
  let width = b.maxX - b.minX;
  let height = b.maxY - b.minY;
  let legend = '';
  if (options.legend !== false && model.people.length > 0) {
    const key = legendBody(usedKeys(model, layout), width);
    legend = `<g class="legend" transform="translate(${n(b.minX)} ${n(b.maxY + 10)})">${key.svg}</g>`;
    width = Math.max(width, key.width);
    height += key.height + 10;
  }
  const title = options.title ?? 'Family tree (genogram)';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(b.minX)} ${n(b.minY)} ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" role="img" aria-labelledby="genogram-title genogram-desc" ${FONT}>` +
    `<title id="genogram-title">${esc(title)}</title><desc id="genogram-desc">${esc(describeGenogram(model))}</desc>` +
    `<rect x="${n(b.minX)}" y="${n(b.minY)}" width="${n(width)}" height="${n(height)}" fill="#fff"/>` +
    genogramBody(layout, model) +
    drawing +
    legend +
    `</svg>`
  );
}

interface KeyEntry {
  key: string;
  text: string;
  draw: (x: number, y: number) => string;
}

const person = (extra: Partial<Person>): Person => ({
  ...EMPTY_PERSON,
  id: 'key',
  name: '',
  sex: 'male',
  ...extra,
});
const sym = (extra: Partial<Person>) => (x: number, y: number) =>
  `<g stroke="${INK}" stroke-width="2" fill="none">${symbolSvg(person(extra), x, y, 24).replace(/<title>.*?<\/title>/, '')}</g>`;
const stroke =
  (style: LineStyle, w = 2) =>
  (x: number, y: number) =>
    `<g stroke="${INK}" stroke-width="${w}">${line(x - 18, y, x + 18, y, DASH[style])}</g>`;
const partner =
  (slashes: number, style: LineStyle = 'solid') =>
  (x: number, y: number) =>
    `<g stroke="${INK}" stroke-width="2">${line(x - 18, y, x + 18, y, DASH[style])}${slashesSvg(slashes, x, y)}</g>`;
const emo = (kind: Parameters<typeof emotionalSvg>[0]) => (x: number, y: number) =>
  emotionalSvg(kind, [
    { x: x - 18, y },
    { x: x + 18, y },
  ]);

/** Every entry the key can show, in the order it shows them. */
export const KEY_ENTRIES: KeyEntry[] = [
  { key: 'male', text: 'Male', draw: sym({ sex: 'male' }) },
  { key: 'female', text: 'Female', draw: sym({ sex: 'female' }) },
  { key: 'unknown', text: 'Sex not known', draw: sym({ sex: 'unknown' }) },
  { key: 'other', text: 'Other sex', draw: sym({ sex: 'other' }) },
  {
    key: 'gender',
    text: 'Gender identity (in words below)',
    draw: sym({ sex: 'other', genderIdentity: 'x' }),
  },
  { key: 'subject', text: 'Child the conference is about', draw: sym({ sex: 'female', subject: true }) },
  { key: 'deceased', text: 'Died', draw: sym({ sex: 'male', deceased: {} }) },
  { key: 'ongoing', text: 'Pregnancy', draw: sym({ pregnancy: { outcome: 'ongoing' } }) },
  { key: 'miscarriage', text: 'Miscarriage', draw: sym({ pregnancy: { outcome: 'miscarriage' } }) },
  { key: 'termination', text: 'Termination', draw: sym({ pregnancy: { outcome: 'termination' } }) },
  {
    key: 'stillbirth',
    text: 'Stillbirth',
    draw: sym({ sex: 'unknown', pregnancy: { outcome: 'stillbirth' } }),
  },
  { key: 'married', text: 'Married', draw: partner(0) },
  { key: 'cohabiting', text: 'Living together', draw: partner(0, 'dashed') },
  { key: 'separated', text: 'Separated', draw: partner(1) },
  { key: 'divorced', text: 'Divorced', draw: partner(2) },
  { key: 'none', text: 'Parents, relationship not recorded', draw: stroke('solid', 1) },
  { key: 'birth', text: 'Birth child', draw: stroke('solid', 1.5) },
  { key: 'adopted', text: 'Adopted child', draw: stroke('dashed', 1.5) },
  { key: 'fostered', text: 'Foster child', draw: stroke('dotted', 1.5) },
  { key: 'step', text: 'Step-child', draw: stroke('dash-dot', 1.5) },
  {
    key: 'twins',
    text: 'Twins',
    draw: (x, y) =>
      `<g stroke="${INK}" stroke-width="1.5">${line(x, y - 10, x - 12, y + 10)}${line(x, y - 10, x + 12, y + 10)}</g>`,
  },
  {
    key: 'identical',
    text: 'Identical twins',
    draw: (x, y) =>
      `<g stroke="${INK}" stroke-width="1.5">${line(x, y - 10, x - 12, y + 10)}${line(x, y - 10, x + 12, y + 10)}${line(x - 6, y, x + 6, y)}</g>`,
  },
  { key: 'close', text: 'Close', draw: emo('close') },
  { key: 'distant', text: 'Distant', draw: emo('distant') },
  { key: 'hostile', text: 'Hostile', draw: emo('hostile') },
  { key: 'cut-off', text: 'Cut off', draw: emo('cut-off') },
  { key: 'abuse', text: 'Abuse (arrow points to the person harmed)', draw: emo('abuse') },
  {
    key: 'household',
    text: 'Household (who lives together)',
    draw: (x, y) =>
      `<rect x="${n(x - 18)}" y="${n(y - 10)}" width="36" height="20" rx="3" fill="#f3f5f7" stroke="#7b8794" stroke-width="1.5" stroke-dasharray="6 4"/>`,
  },
];

function usedKeys(model: GenogramModel, layout: Layout): Set<string> {
  const used = new Set<string>();
  for (const p of model.people) {
    if (p.pregnancy) used.add(p.pregnancy.outcome);
    else used.add(p.sex);
    if (p.genderIdentity && !p.pregnancy) used.add('gender');
    if (p.subject && !p.pregnancy) used.add('subject');
    if (p.deceased && !p.pregnancy) used.add('deceased');
  }
  for (const m of layout.markers) used.add(m.kind);
  if (layout.segments.some((s) => s.thin)) used.add('none');
  for (const k of layout.childKinds) used.add(k);
  if (layout.segments.some((s) => s.role === 'twin')) used.add('twins');
  if (layout.segments.some((s) => s.role === 'identical-twins')) used.add('identical');
  for (const e of layout.emotional) used.add(e.kind);
  if (layout.households.length > 0) used.add('household');
  return used;
}

function legendBody(
  used: Set<string> | null,
  minWidth: number,
): { svg: string; width: number; height: number } {
  const entries = KEY_ENTRIES.filter((e) => used === null || used.has(e.key));
  // Wide enough for the longest text (14px, about 8 units a character) after its 58-unit sample.
  const colW = Math.max(220, 70 + Math.max(0, ...entries.map((e) => e.text.length)) * 8);
  const cols = Math.max(1, Math.min(4, Math.floor(Math.max(minWidth, colW) / colW)));
  const rows = Math.ceil(entries.length / cols);
  const items = entries.map((e, i) => {
    const x = Math.floor(i / rows) * colW + 30;
    const y = (i % rows) * 32 + 44;
    return `${e.draw(x, y)}<text x="${n(x + 28)}" y="${n(y + 5)}" font-size="14" fill="${INK}">${esc(e.text)}</text>`;
  });
  const width = cols * colW;
  const height = rows * 32 + 40;
  const svg =
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#fff" stroke="#cbd2d9" rx="6"/>` +
    `<text x="12" y="22" font-size="14" font-weight="600" fill="${INK}">Key</text>${items.join('')}`;
  return { svg, width, height };
}

/** A standalone key to the genogram's symbols: those the model uses, or all of them. */
export function genogramLegendSvg(model?: GenogramModel): string {
  const used = model ? usedKeys(model, layoutGenogram(model)) : null;
  const { svg, width, height } = legendBody(used, SYMBOL_SIZE * 12);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" role="img" aria-labelledby="genogram-key-title" ${FONT}><title id="genogram-key-title">Key to the family tree symbols</title>${svg}</svg>`;
}
