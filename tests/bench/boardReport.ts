/**
 * The tables `npm run bench:board` prints: the first render of each board by region, and each
 * edit's render on the small and the full board, at every CPU slowdown, with the ratios against
 * the references measured in the same run. Milliseconds; p50 unless the column says otherwise.
 */
import type { EditTiming, LoadTiming } from './boardBrowser.ts';
import { EDIT_KINDS, EDIT_NAMES, type EditKind } from './boardEdits.ts';
import { REGIONS } from './boardWatch.ts';
import { fmt, ratio, summarize, table } from './stats.ts';

export type BoardLabel = 'empty' | 'small' | 'full';

export interface Measured {
  label: BoardLabel;
  /** Cards, plan rows and people the family sees, for the tables' first column. */
  size: string;
  loads: Map<number, LoadTiming[]>;
  edits: Map<string, EditTiming[]>;
}

export const editKey = (slowdown: number, kind: EditKind) => `${slowdown}:${kind}`;

const p = (values: number[], at: 'p50' | 'p90' = 'p50') => summarize(values)[at];

export function loadTable(boards: Measured[], slowdowns: number[]): string {
  const rows: string[][] = [
    ['board', 'cpu', 'runs', 'ttfb', 'dcl', ...REGIONS, 'ready', 'drawn', 'drawn_p90'],
  ];
  for (const slowdown of slowdowns) {
    for (const b of boards) {
      const loads = b.loads.get(slowdown) ?? [];
      const col = (key: keyof LoadTiming) => fmt(p(loads.map((t) => t[key])), 0);
      rows.push([
        `${b.label} (${b.size})`,
        `${slowdown}×`,
        String(loads.length),
        col('ttfb'),
        col('dcl'),
        ...REGIONS.map((r) => col(r)),
        col('ready'),
        col('drawn'),
        fmt(
          p(
            loads.map((t) => t.drawn),
            'p90',
          ),
          0,
        ),
      ]);
    }
    const drawn = (label: BoardLabel) =>
      p((boards.find((b) => b.label === label)?.loads.get(slowdown) ?? []).map((t) => t.drawn));
    rows.push([
      `full/small ${fmt(ratio(drawn('full'), drawn('small')))}, full/empty ${fmt(ratio(drawn('full'), drawn('empty')))}`,
      `${slowdown}×`,
    ]);
  }
  return table(rows);
}

export function editTable(boards: Measured[], slowdowns: number[]): string {
  const small = boards.find((b) => b.label === 'small');
  const full = boards.find((b) => b.label === 'full');
  const rows: string[][] = [
    [
      'edit (region it touches)',
      'cpu',
      'runs',
      'small edit→drawn',
      'full edit→drawn',
      'full p90',
      'full/small',
      'small arrived→drawn',
      'full arrived→drawn',
      'full/small',
      'full edit→arrived',
    ],
  ];
  for (const slowdown of slowdowns) {
    for (const kind of EDIT_KINDS) {
      const s = small?.edits.get(editKey(slowdown, kind)) ?? [];
      const f = full?.edits.get(editKey(slowdown, kind)) ?? [];
      const at = (list: EditTiming[], key: keyof EditTiming, q: 'p50' | 'p90' = 'p50') =>
        p(
          list.map((t) => t[key]),
          q,
        );
      rows.push([
        EDIT_NAMES[kind],
        `${slowdown}×`,
        String(f.length),
        fmt(at(s, 'editToDrawn'), 1),
        fmt(at(f, 'editToDrawn'), 1),
        fmt(at(f, 'editToDrawn', 'p90'), 1),
        fmt(ratio(at(f, 'editToDrawn'), at(s, 'editToDrawn'))),
        fmt(at(s, 'arrivedToDrawn'), 1),
        fmt(at(f, 'arrivedToDrawn'), 1),
        fmt(ratio(at(f, 'arrivedToDrawn'), at(s, 'arrivedToDrawn'))),
        fmt(at(f, 'editToArrived'), 1),
      ]);
    }
  }
  return table(rows);
}

export const LEGEND = [
  'First render: milliseconds from navigation start (performance.now() in the page) to the moment',
  'each region showed everything the board holds: cards (every card and safety-scale score),',
  'plan (its rows), genogram (every person, plain SVG or canvas), canvas (every person on the',
  'tldraw canvas), attendance (who is here), decision (every decided child), contingency (every',
  "child's plan); ready: the last of them; drawn: the frame after that painted (one",
  'requestAnimationFrame and a task).',
  '',
  'Edits: the chair (a y-websocket client in this process) makes one change; edit→drawn is from',
  'that change to the frame showing it painted in the family’s open page (this process’s clock',
  'mapped to the page’s by the shortest round trip); arrived→drawn from its Yjs update reaching',
  'the page (the page’s own work); edit→arrived is the server and the network. small is the',
  'scripted Marlow conference, the reference for the full board in the same run.',
].join('\n');
