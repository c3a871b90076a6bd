/**
 * The renderers called in this process, as `bench:minutes` did before it went over HTTP: the
 * same two boards written into local documents, minutesFromDoc and each renderer timed after
 * warm-up rounds, with no server, worker thread, store or network in the way.
 */
import { minutesFromDoc } from '@cb/shared/minutes/minutesFromDoc';
import type { Minutes } from '@cb/shared/minutes/types';
import { minutesDocx } from '@cb/server/src/minutes/docx.ts';
import { minutesHtml } from '@cb/server/src/minutes/html.ts';
import { minutesPdf } from '@cb/server/src/minutes/pdf.ts';
import { scriptBigConference } from '../support/scriptedBig.ts';
import { scriptConference, type ScriptedConference } from '../support/scriptedConference.ts';
import { fmt, ratio, summarize } from './stats.ts';

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

/** Rows for the in-process table: step, big p50/p90, small p50, big/small. */
export async function inProcessRows(seed: number, warmup: number, runs: number): Promise<string[][]> {
  const big = scriptBigConference(seed);
  const small = scriptConference();
  const bigMinutes = minutesOf(big);
  const smallMinutes = minutesOf(small);
  const cases: { name: string; big: () => unknown; small: () => unknown }[] = [
    { name: 'minutesFromDoc', big: () => minutesOf(big), small: () => minutesOf(small) },
    { name: 'HTML', big: () => minutesHtml(bigMinutes), small: () => minutesHtml(smallMinutes) },
    { name: 'Word (DOCX)', big: () => minutesDocx(bigMinutes), small: () => minutesDocx(smallMinutes) },
    { name: 'PDF', big: () => minutesPdf(bigMinutes), small: () => minutesPdf(smallMinutes) },
  ];
  const rows = [['step', 'big p50 ms', 'big p90 ms', 'small p50 ms', 'big/small']];
  for (const c of cases) {
    const b = summarize(await time(c.big, warmup, runs));
    const s = summarize(await time(c.small, warmup, runs));
    rows.push([c.name, fmt(b.p50, 1), fmt(b.p90, 1), fmt(s.p50, 1), fmt(ratio(b.p50, s.p50))]);
  }
  return rows;
}
