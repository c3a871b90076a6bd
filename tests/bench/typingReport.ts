/**
 * The tables `npm run bench:typing` prints: per CPU slowdown, what a keystroke cost in each box
 * against the plain `<textarea>` measured in the same run (and, with --compare, against the
 * reference build's board, measured in the same rounds), and what adding an item took; then the
 * targets (at 4×, or the largest slowdown run) and how busy the machine was.
 */
import os from 'node:os';
import { fmt, ratio, summarize, table } from './stats.ts';
import type { Options } from './typingArgs.ts';
import type { KeyWindow } from './typingPage.ts';
import { KIND_NAMES, type Kind } from './typingSteps.ts';

const KEY_TARGET_MS = 16;
const ADD_TARGET_MS = 100;
/** Share of one core used by other processes during the runs above which the numbers are suspect. */
const OTHER_CPU_WARNING = 0.2;

export type SiteLabel = 'ours' | 'reference';

/** Windows of keys by `cpu:site:kind`, and added items' times by `cpu:site:add`. */
export type Results = Map<string, (KeyWindow | number)[]>;

export function record(
  results: Results,
  cpu: number,
  site: SiteLabel,
  kind: Kind,
  window: KeyWindow,
  addMs: number | null,
): string {
  const key = `${cpu}:${site}:${kind}`;
  results.set(key, [...(results.get(key) ?? []), window]);
  if (addMs !== null)
    results.set(`${cpu}:${site}:add`, [...(results.get(`${cpu}:${site}:add`) ?? []), addMs]);
  return key;
}

export const TYPING_LEGEND = [
  'script/key, task/key: main-thread milliseconds per keystroke (CDP Performance.getMetrics',
  'ScriptDuration, TaskDuration; p50 of the runs, each the mean of its window of keys, less what',
  'the page did idle over as long; layout: the part of task/key spent in layout); key→frame:',
  'from the keydown to the frame after it painted (p50 and p90 of every key); idle: the page left',
  'alone, task ms per second; /plain and /ref: ours over the plain <textarea> and over the',
  'reference build (--compare), same run. add: Enter in the capture box → the new card drawn.',
].join('\n');

const p50 = (values: number[]) => summarize(values).p50;
const windows = (results: Results, cpu: number, site: SiteLabel, kind: Kind) =>
  (results.get(`${cpu}:${site}:${kind}`) ?? []) as KeyWindow[];
const adds = (results: Results, cpu: number, site: SiteLabel) =>
  summarize((results.get(`${cpu}:${site}:add`) ?? []) as number[]);

interface Figures {
  script: number;
  task: number;
  frame: number;
}

function figures(list: KeyWindow[]): Figures {
  return {
    script: p50(list.map((w) => w.script)),
    task: p50(list.map((w) => w.task)),
    frame: p50(list.flatMap((w) => w.latencies)),
  };
}

const ratios = (ours: Figures, ref: Figures | null) =>
  ref
    ? [ratio(ours.script, ref.script), ratio(ours.task, ref.task), ratio(ours.frame, ref.frame)].map((r) =>
        fmt(r),
      )
    : [];

export function report(results: Results, options: Options, otherCores: number): void {
  const compared = options.compare !== null;
  const sites: SiteLabel[] = compared ? ['ours', 'reference'] : ['ours'];
  const rows: string[][] = [
    [
      'typing into',
      'cpu',
      'runs',
      'script/key',
      'task/key',
      'layout',
      'key→frame',
      'p90',
      'idle',
      'script /plain',
      'task /plain',
      'frame /plain',
      ...(compared ? ['script /ref', 'task /ref', 'frame /ref'] : []),
    ],
  ];
  const addRows: string[][] = [
    [
      'adding an item (Enter → card drawn)',
      'cpu',
      'runs',
      'p50',
      'p90',
      'max',
      ...(compared ? ['p50 /ref'] : []),
    ],
  ];
  for (const cpu of options.cpu) {
    const plain = figures(windows(results, cpu, 'ours', 'plain'));
    const rowsOf = (site: SiteLabel, kind: Kind) => {
      const list = windows(results, cpu, site, kind);
      const f = figures(list);
      const frames = summarize(list.flatMap((w) => w.latencies));
      const ref =
        site === 'ours' && compared && kind !== 'plain'
          ? figures(windows(results, cpu, 'reference', kind))
          : null;
      rows.push([
        `${KIND_NAMES[kind]}${site === 'reference' ? ', reference build' : ''}`,
        `${cpu}×`,
        String(list.length),
        fmt(f.script, 1),
        fmt(f.task, 1),
        fmt(p50(list.map((w) => w.layout)), 1),
        fmt(frames.p50, 1),
        fmt(frames.p90, 1),
        fmt(p50(list.map((w) => w.idleTask)), 0),
        ...(kind === 'plain' ? ['', '', ''] : ratios(f, plain)),
        ...(ref ? ratios(f, ref) : []),
      ]);
    };
    for (const site of sites) for (const kind of ['capture', 'card'] as const) rowsOf(site, kind);
    rowsOf('ours', 'plain');
    for (const site of sites) {
      const a = adds(results, cpu, site);
      addRows.push([
        `capture box, Worries${site === 'reference' ? ', reference build' : ''}`,
        `${cpu}×`,
        String(a.count),
        fmt(a.p50, 0),
        fmt(a.p90, 0),
        fmt(a.max, 0),
        ...(compared && site === 'ours' ? [fmt(ratio(a.p50, adds(results, cpu, 'reference').p50))] : []),
      ]);
    }
  }
  console.log(`\n${TYPING_LEGEND}\n`);
  console.log(table(rows));
  console.log('');
  console.log(table(addRows));

  const at = options.cpu.includes(4) ? 4 : Math.max(...options.cpu);
  console.log('');
  for (const kind of ['capture', 'card'] as const) {
    const f = figures(windows(results, at, 'ours', kind));
    console.log(
      `target ≤ ${KEY_TARGET_MS} ms per keystroke at ${at}×, ${KIND_NAMES[kind]}: script ` +
        `${f.script <= KEY_TARGET_MS ? 'met' : 'not met'} (${fmt(f.script, 1)} ms), all main-thread work ` +
        `${f.task <= KEY_TARGET_MS ? 'met' : 'not met'} (${fmt(f.task, 1)} ms)`,
    );
  }
  const a = adds(results, at, 'ours');
  console.log(
    `target ≤ ${ADD_TARGET_MS} ms per added item at ${at}×: ${a.p50 <= ADD_TARGET_MS ? 'met' : 'not met'} ` +
      `(p50 ${fmt(a.p50, 0)} ms, p90 ${fmt(a.p90, 0)} ms)`,
  );
  console.log(
    `\nother processes used ${fmt(otherCores * 100, 0)}% of a core (of ${os.cpus().length * 100}%) during the runs` +
      (otherCores > OTHER_CPU_WARNING
        ? `\nWARNING: above ${OTHER_CPU_WARNING * 100}%, these numbers are skewed; run again on a quiet machine.`
        : ''),
  );
}
