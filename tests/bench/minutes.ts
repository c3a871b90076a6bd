/**
 * `npm run bench:minutes`: how long the minutes take to make for a three-hour board (300 items, a
 * 40-person family tree, 20 plan rows) as HTML, Word and PDF, against the targets (100 ms,
 * 500 ms, 1 s). A benchmark, not a test: it prints, and asserts no times.
 *
 * Each format is also timed for the small scripted conference in the same run; the ratio
 * big/small says how the cost grows with the board, whatever the machine. Times are after warm-up
 * rounds (the first PDF of a process also parses its fonts).
 *
 * Flags: --runs=10 (measured rounds per case), --warmup=3, --seed=7.
 */
import { minutesFromDoc } from '../../shared/src/minutes/minutesFromDoc.ts';
import type { Minutes } from '../../shared/src/minutes/types.ts';
import { minutesDocx } from '../../server/src/minutes/docx.ts';
import { minutesHtml } from '../../server/src/minutes/html.ts';
import { minutesPdf } from '../../server/src/minutes/pdf.ts';
import { scriptBigConference } from '../support/scriptedBig.ts';
import { scriptConference, type ScriptedConference } from '../support/scriptedConference.ts';
import { fmt, ratio, summarize, table } from './stats.ts';

function flag(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

async function time(work: () => unknown, warmup: number, runs: number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return samples;
}

const minutesOf = (s: ScriptedConference): Minutes =>
  minutesFromDoc({ publicDoc: s.publicDoc, restrictedDoc: s.restrictedDoc }, s.context, 'full');

const runs = flag('runs', 10);
const warmup = flag('warmup', 3);
const big = scriptBigConference(flag('seed', 7));
const small = scriptConference();
const bigMinutes = minutesOf(big);
const smallMinutes = minutesOf(small);

const cases: { name: string; target: number; work: (m: Minutes) => unknown }[] = [
  { name: 'minutesFromDoc', target: Number.NaN, work: () => minutesOf(big) },
  { name: 'HTML', target: 100, work: minutesHtml },
  { name: 'Word (DOCX)', target: 500, work: minutesDocx },
  { name: 'PDF', target: 1000, work: minutesPdf },
];

const rows = [['step', 'big p50 ms', 'big p90 ms', 'target ms', 'small p50 ms', 'big/small']];
for (const c of cases) {
  const bigTimes = summarize(await time(() => c.work(bigMinutes), warmup, runs));
  const smallTimes = summarize(
    await time(() => (c.name === 'minutesFromDoc' ? minutesOf(small) : c.work(smallMinutes)), warmup, runs),
  );
  rows.push([
    c.name,
    fmt(bigTimes.p50, 1),
    fmt(bigTimes.p90, 1),
    Number.isFinite(c.target) ? String(c.target) : '-',
    fmt(smallTimes.p50, 1),
    fmt(ratio(bigTimes.p50, smallTimes.p50)),
  ]);
}
const items =
  bigMinutes.worries.length +
  bigMinutes.workingWell.length +
  bigMinutes.greyAreas.length +
  bigMinutes.childsVoice.length +
  bigMinutes.parentsView.length +
  bigMinutes.safetyScales.length;
console.log(
  `Minutes for a board of ${items} items, ${bigMinutes.genogram.people.length} people in the family tree and ${bigMinutes.plan.length} plan rows (${runs} runs after ${warmup} warm-up):\n`,
);
console.log(table(rows));
