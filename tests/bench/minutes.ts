/**
 * `npm run bench:minutes`: how long the minutes of a three-hour board (300 items, a 40-person
 * family tree, 20 plan rows) take to come back over HTTP as HTML, Word and PDF from a real server
 * process, against the issue's targets (100 ms, 500 ms, 1 s), and the small scripted Marlow
 * conference in the same run, so that big/small says how the cost grows whatever the machine.
 * A benchmark, not a test: it prints, and asserts no times (exit 1 only if it could not run).
 *
 * Steps: a server process (processes.ts: fresh data dir, CB_EXPORT_WORKERS=1 so that "warm"
 * means the one render worker has made that format before) on which both conferences are written
 * over HTTP and y-websocket and closed (minutesHttp.ts); then it is stopped.
 *  - Cold: for each format and board, a new server process on the same data dir makes that export
 *    as the first of its life (worker thread start, module loading, the PDF's fonts); --cold=N
 *    repeats this N times (N processes per format and board).
 *  - Warm: one more process; --warmup rounds, then --runs rounds, each round every format for both
 *    boards (which board goes first alternates).
 * Times are from the request leaving to the last byte read, on loopback. Then the renderers are
 * timed in this process as before (--no-in-process skips that table).
 *
 * Flags: --runs=10, --warmup=2, --cold=1, --seed=7, --no-in-process.
 */
import { runBenchmark } from './cleanup.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  FORMATS,
  fetchMinutes,
  seedConferences,
  signInBenchAdmin,
  type ExportFormat,
  type SeededConference,
} from './minutesHttp.ts';
import { inProcessRows } from './minutesInProcess.ts';
import { killAll, machineBusySeconds, startOurServer, type OurServer } from './processes.ts';
import { fmt, percentile, ratio, table } from './stats.ts';
import { treeCpuSeconds } from './treeCpu.ts';

const TARGET_MS: Record<ExportFormat, number> = { html: 100, docx: 500, pdf: 1000 };
const NAMES: Record<ExportFormat, string> = { html: 'HTML', docx: 'Word (DOCX)', pdf: 'PDF' };
const SERVER_ENV = { CB_EXPORT_WORKERS: '1' };
/** Share of one core used by other processes above which the numbers are suspect. */
const OTHER_CPU_WARNING = 0.2;

interface Options {
  runs: number;
  warmup: number;
  cold: number;
  seed: number;
  inProcess: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: 10, warmup: 2, cold: 1, seed: 7, inProcess: true };
  for (const arg of argv) {
    const [key, value = ''] = arg.replace(/^--/, '').split('=');
    const n = Number(value);
    if (key === 'no-in-process') options.inProcess = false;
    else if (key === 'runs' && Number.isInteger(n) && n > 0) options.runs = n;
    else if (key === 'warmup' && Number.isInteger(n) && n >= 0) options.warmup = n;
    else if (key === 'cold' && Number.isInteger(n) && n > 0) options.cold = n;
    else if (key === 'seed' && Number.isInteger(n)) options.seed = n;
    else throw new Error(`unknown or invalid argument: ${arg}`);
  }
  return options;
}

interface Samples {
  cold: number[];
  warm: number[];
  /** Server CPU (all its threads) per warm export, ms; the kernel counts in 10 ms ticks. */
  cpu: number[];
  bytes: number;
}

const urlOf = (s: OurServer) => `http://127.0.0.1:${s.port}`;
const keyOf = (format: ExportFormat, c: SeededConference) => `${format}:${c.board}`;

async function measure(dataDir: string, conferences: SeededConference[], options: Options) {
  const samples = new Map<string, Samples>();
  const at = (format: ExportFormat, c: SeededConference) => {
    const key = keyOf(format, c);
    const found = samples.get(key) ?? { cold: [], warm: [], cpu: [], bytes: 0 };
    samples.set(key, found);
    return found;
  };
  for (let n = 0; n < options.cold; n++) {
    for (const format of FORMATS) {
      for (const c of conferences) {
        const server = await startOurServer({ dataDir, env: SERVER_ENV });
        try {
          const admin = await signInBenchAdmin(urlOf(server));
          const got = await fetchMinutes(admin, c.id, format);
          at(format, c).cold.push(got.ms);
          console.log(
            `  cold ${NAMES[format]} ${c.board}: ${fmt(got.ms, 0)} ms (a new process's first export)`,
          );
        } finally {
          await server.stop();
        }
      }
    }
  }
  const server = await startOurServer({ dataDir, env: SERVER_ENV });
  try {
    const admin = await signInBenchAdmin(urlOf(server));
    for (let round = 0; round < options.warmup + options.runs; round++) {
      const measured = round >= options.warmup;
      const order = round % 2 === 0 ? conferences : [...conferences].reverse();
      const line: string[] = [];
      for (const format of FORMATS) {
        for (const c of order) {
          const cpuBefore = server.cpuSeconds();
          const got = await fetchMinutes(admin, c.id, format);
          const cpu = (server.cpuSeconds() - cpuBefore) * 1000;
          line.push(`${format} ${c.board} ${fmt(got.ms, 0)}`);
          if (!measured) continue;
          const s = at(format, c);
          s.warm.push(got.ms);
          s.cpu.push(cpu);
          s.bytes = got.bytes;
        }
      }
      console.log(`  ${measured ? `run ${round - options.warmup + 1}` : 'warm-up'}: ${line.join(', ')} ms`);
    }
  } finally {
    await server.stop();
  }
  return samples;
}

const median = (values: number[]) => percentile(Float64Array.from(values).sort(), 50);
const p95 = (values: number[]) => percentile(Float64Array.from(values).sort(), 95);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function report(samples: Map<string, Samples>, conferences: SeededConference[], options: Options): void {
  const rows = [
    ['format', 'board', 'cold ms', 'warm p50', 'warm p95', 'cold/warm', 'server cpu ms', 'KiB', 'target'],
  ];
  const ratios = [['format', 'big/small warm p50', 'big/small warm p95', 'big/small cold']];
  const verdicts: string[] = [];
  for (const format of FORMATS) {
    const [big, small] = conferences.map((c) => samples.get(keyOf(format, c)));
    for (const c of conferences) {
      const s = samples.get(keyOf(format, c));
      if (!s) continue;
      rows.push([
        NAMES[format],
        c.board,
        fmt(median(s.cold), 1),
        fmt(median(s.warm), 1),
        fmt(p95(s.warm), 1),
        fmt(ratio(median(s.cold), median(s.warm))),
        fmt(mean(s.cpu), 0),
        fmt(s.bytes / 1024, 0),
        c.board === 'big' ? String(TARGET_MS[format]) : '-',
      ]);
    }
    if (!big || !small) continue;
    ratios.push([
      NAMES[format],
      fmt(ratio(median(big.warm), median(small.warm))),
      fmt(ratio(p95(big.warm), p95(small.warm))),
      fmt(ratio(median(big.cold), median(small.cold))),
    ]);
    const met = p95(big.warm) <= TARGET_MS[format];
    verdicts.push(
      `  ${NAMES[format]}: warm p95 ${fmt(p95(big.warm), 0)} ms, target ${TARGET_MS[format]} ms: ${met ? 'met' : 'not met'}; ` +
        `cold ${fmt(median(big.cold), 0)} ms`,
    );
  }
  const [big, small] = conferences;
  console.log(
    `\nMinutes over HTTP (full audience): big board ${big?.items} items, ${big?.people} people, ${big?.planRows} plan rows; ` +
      `small (scripted Marlow) ${small?.items} items, ${small?.people} people, ${small?.planRows} plan rows. ` +
      `Cold: median of ${options.cold} new process(es) per cell; warm: ${options.runs} runs after ${options.warmup} warm-up rounds.\n`,
  );
  console.log(table(rows));
  console.log('');
  console.log(table(ratios));
  console.log('\nThe big board against the targets (warm p95, over HTTP):');
  console.log(verdicts.join('\n'));
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-bench-minutes-'));
  const cleanup = () => fs.rmSync(dataDir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    console.log(`\n${signal}: stopping`);
    killAll();
    cleanup();
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const cpus = os.cpus();
  console.log('Minutes benchmark: HTML, Word and PDF exports from a real server process (loopback)');
  console.log(
    `  machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, node ${process.version}; seed ${options.seed}`,
  );
  try {
    const started = performance.now();
    const busyBefore = machineBusySeconds();
    const oursBefore = treeCpuSeconds();
    const seeder = await startOurServer({ dataDir, env: SERVER_ENV });
    let conferences: SeededConference[];
    try {
      conferences = await seedConferences(urlOf(seeder), options.seed);
    } finally {
      await seeder.stop();
    }
    console.log(`  seeded and closed both conferences in ${fmt((performance.now() - started) / 1000, 1)} s`);
    const samples = await measure(dataDir, conferences, options);
    // Our own CPU includes the server children we reaped; everything else is other people's.
    const others = machineBusySeconds() - busyBefore - (treeCpuSeconds() - oursBefore);
    report(samples, conferences, options);
    const cores = Math.max(0, others) / ((performance.now() - started) / 1000);
    console.log(
      `\nother processes used ${fmt(cores * 100, 0)}% of a core (of ${cpus.length * 100}%) meanwhile`,
    );
    if (cores > OTHER_CPU_WARNING)
      console.log(`WARNING: above ${OTHER_CPU_WARNING * 100}%, the times are skewed (the ratios less so).`);
    if (options.inProcess) {
      console.log(
        `\nThe renderers in this process (no server, worker or network), ${options.runs} runs after ${options.warmup} warm-up:\n`,
      );
      console.log(table(await inProcessRows(options.seed, options.warmup, options.runs)));
    }
  } finally {
    cleanup();
  }
}

runBenchmark(main);
