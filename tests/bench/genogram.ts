/**
 * `node --import tsx tests/bench/genogram.ts`: how long the genogram takes to lay out and to draw
 * as SVG, for families of 10, 40 and 200 people (random valid families from a fixed seed, and the
 * 40-person fixture). A benchmark, not a test: it prints, and asserts no times.
 *
 * Each case runs warm-up rounds first (so the JIT has settled), then measured rounds; the table
 * gives the median and p90 in milliseconds, and each median as a ratio of the 10-person family's,
 * measured in the same run, so figures from different machines can be compared by their shape.
 *
 * Flags: --runs=40 (measured rounds per case), --warmup=10, --seed=1.
 */
import { familyFromStream } from '../fixtures/genogramArbitraries.ts';
import { forty } from '../fixtures/genogram.ts';
import { layoutGenogram } from '../../shared/src/genogram/layout.ts';
import type { GenogramModel } from '../../shared/src/genogram/model.ts';
import { genogramToSvg } from '../../shared/src/genogram/svg.ts';
import { fmt, ratio, summarize, table } from './stats.ts';

function flag(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** A fixed stream of numbers (a linear congruential generator), so every run draws the same families. */
function stream(seed: number, length: number): number[] {
  let state = seed >>> 0 || 1;
  return Array.from({ length }, () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state % 1_000_000;
  });
}

function time(work: () => unknown, warmup: number, runs: number): number[] {
  for (let i = 0; i < warmup; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return samples;
}

function main(): void {
  const runs = Math.max(1, flag('runs', 40));
  const warmup = flag('warmup', 10);
  const seed = flag('seed', 1);
  const cases: { name: string; model: GenogramModel }[] = [
    { name: 'random 10', model: familyFromStream(stream(seed, 4000), 10) },
    { name: 'random 40', model: familyFromStream(stream(seed + 1, 4000), 40) },
    { name: 'fixture 40', model: forty() },
    { name: 'random 200', model: familyFromStream(stream(seed + 2, 8000), 200) },
  ];
  console.log('Genogram benchmark: layoutGenogram and genogramToSvg, in this process');
  console.log(`  ${runs} measured rounds after ${warmup} warm-up rounds per case, seed ${seed}\n`);

  const rows: string[][] = [['case', 'people', 'rows', 'step', 'median ms', 'p90 ms', 'median / 10-person']];
  const reference = new Map<string, number>();
  for (const c of cases) {
    const generations = new Set(layoutGenogram(c.model).symbols.map((s) => s.generation)).size;
    for (const [step, work] of [
      ['layout', () => layoutGenogram(c.model)],
      ['svg', () => genogramToSvg(c.model)],
    ] as const) {
      const summary = summarize(time(work, warmup, runs));
      if (!reference.has(step)) reference.set(step, summary.p50);
      rows.push([
        c.name,
        String(c.model.people.length),
        String(generations),
        step,
        fmt(summary.p50, 3),
        fmt(summary.p90, 3),
        `${fmt(ratio(summary.p50, reference.get(step) ?? Number.NaN), 1)}x`,
      ]);
    }
  }
  console.log(table(rows));
  console.log('\n  svg includes its own layout, the description and the key.');
}

main();
