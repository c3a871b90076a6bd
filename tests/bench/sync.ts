/**
 * `npm run bench:sync`: edit→applied latency and throughput of our sync server against a bare
 * y-websocket relay, measured in the same run on loopback. A benchmark, not a test: it prints and
 * always exits 0 once it has run (1 only when it could not run at all).
 *
 * For each scale (conferences × clients), the relay and our server are run alternately, each in
 * a fresh child process (ours with a fresh data dir), with the same seeded workload: connect and
 * sync every client, a warm-up phase, then the measured phase (see workload.ts).
 *
 * Flags: --quick (scales 1 and 10), --scales=1,10,50, --clients=15, --edits=200 (measured per
 * conference), --warmup=30, --rate=10 (edits per second per conference), --seed=1,
 * --servers=relay,ours (to run one side only, e.g. while debugging). Environment:
 * BENCH_SERVER_NODE_ARGS adds node flags to both server processes (e.g. `--cpu-prof`).
 */
import os from 'node:os';
import { filesystemOf, killAll, startOurServer, startRelayProcess, type ChildServer } from './processes.ts';
import { ourRooms, relayRooms, type RoomSpec } from './rooms.ts';
import { fmt, ratio, summarize, table, type LatencySummary } from './stats.ts';
import { runWorkload, type WorkloadResult } from './workload.ts';

const TARGET_P99_RATIO = 1.5;
const OTHER_CPU_WARNING = 0.2;

type ServerKind = 'relay' | 'ours';

interface Options {
  scales: number[];
  clients: number;
  edits: number;
  warmup: number;
  rate: number;
  seed: number;
  servers: ServerKind[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    scales: [1, 10, 50],
    clients: 15,
    edits: 200,
    warmup: 30,
    rate: 10,
    seed: 1,
    servers: ['relay', 'ours'],
  };
  for (const arg of argv) {
    const [key, value = ''] = arg.replace(/^--/, '').split('=');
    const n = Number(value);
    if (key === 'quick') options.scales = [1, 10];
    else if (key === 'scales')
      options.scales = value
        .split(',')
        .map(Number)
        .filter((s) => s > 0);
    else if (key === 'clients' && n >= 2) options.clients = n;
    else if (key === 'edits' && n > 0) options.edits = n;
    else if (key === 'warmup' && n >= 0) options.warmup = n;
    else if (key === 'rate' && n > 0) options.rate = n;
    else if (key === 'seed' && Number.isInteger(n)) options.seed = n;
    else if (key === 'servers')
      options.servers = value.split(',').filter((k): k is ServerKind => k === 'relay' || k === 'ours');
    else throw new Error(`unknown or invalid argument: ${arg}`);
  }
  return options;
}

interface Run {
  scale: number;
  kind: ServerKind;
  result: WorkloadResult;
  latency: LatencySummary;
  throughput: number;
  problems: string[];
}

async function runOne(kind: ServerKind, scale: number, options: Options): Promise<Run> {
  const server: ChildServer = kind === 'relay' ? await startRelayProcess() : await startOurServer();
  try {
    const setupStarted = performance.now();
    const rooms: RoomSpec[] =
      kind === 'relay'
        ? relayRooms(server.port, scale, options.clients)
        : await ourRooms(server.port, scale, options.clients);
    const setupMs = performance.now() - setupStarted;
    const result = await runWorkload(rooms, {
      edits: options.edits,
      warmupEdits: options.warmup,
      ratePerSecond: options.rate,
      seed: options.seed,
      chairShare: 0.5,
      serverCpuSeconds: () => server.cpuSeconds(),
    });
    const latency = summarize(result.latencies);
    const throughput = result.windowMs > 0 ? result.received / (result.windowMs / 1000) : Number.NaN;
    const closes = describeCloses(result, server.spawnedAt);
    console.log(
      `  ${kind.padEnd(5)} scale ${scale}: setup ${fmt(setupMs / 1000, 1)} s, connect+sync ${fmt(result.connectMs / 1000, 1)} s, ` +
        `sent ${result.sent} edits in ${fmt(result.sendSpanMs / 1000, 1)} s, delivered ${result.received}/${result.expected}` +
        (closes ? `, unexpected closes: ${closes}` : ''),
    );
    return { scale, kind, result, latency, throughput, problems: [...server.problems] };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const log = server.problems.length > 0 ? `\n  server said:\n    ${server.problems.join('\n    ')}` : '';
    throw new Error(`${message}${log}`, { cause: err });
  } finally {
    await server.stop();
  }
}

/** Unexpected closes by code, and when they came (seconds since the server was spawned). */
function describeCloses(result: WorkloadResult, spawnedAt: number): string {
  if (result.closeTimes.length === 0) return '';
  const codes = [...result.disconnects].map(([code, n]) => `${code}×${n}`).join(', ');
  const seconds = (t: number) => fmt((t - spawnedAt) / 1000, 1);
  const bursts: string[] = [];
  let burstStart = Number.NaN;
  let burstEnd = Number.NaN;
  let count = 0;
  const flush = () => {
    if (count > 0) bursts.push(`${count} at ${seconds(burstStart)}–${seconds(burstEnd)} s`);
  };
  for (const t of [...result.closeTimes].sort((a, b) => a - b)) {
    if (count > 0 && t - burstEnd > 1000) {
      flush();
      count = 0;
    }
    if (count === 0) burstStart = t;
    burstEnd = t;
    count += 1;
  }
  flush();
  return (
    `${codes} (${bursts.join('; ')} after the server was spawned; measured phase ` +
    `${seconds(result.measuredFrom)}–${seconds(result.measuredTo)} s)`
  );
}

function cpuPercent(seconds: number, windowMs: number): string {
  return windowMs > 0 && Number.isFinite(seconds) ? `${fmt((seconds / (windowMs / 1000)) * 100, 0)}%` : 'n/a';
}

/** Runs everything and prints; resolves to whether every run could be measured. */
async function main(): Promise<boolean> {
  const options = parseArgs(process.argv.slice(2));
  // Each y-websocket provider adds a process 'exit' listener.
  process.setMaxListeners(0);
  const stopOnSignal = (signal: NodeJS.Signals) => {
    console.log(`\n${signal}: stopping the servers`);
    killAll();
    process.exit(130);
  };
  process.on('SIGINT', stopOnSignal);
  process.on('SIGTERM', stopOnSignal);

  const cpus = os.cpus();
  console.log('Sync benchmark: edit→applied latency, our server vs a bare y-websocket relay (loopback)');
  console.log(
    `  machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, node ${process.version}, ` +
      `data dir filesystem: ${filesystemOf(os.tmpdir())} (${os.tmpdir()})`,
  );
  console.log(
    `  workload: ${options.clients} clients per conference, ${options.rate} edits/s per conference ` +
      `(jittered ±50%), ${options.warmup} warm-up + ${options.edits} measured edits per conference, ` +
      `half by the chair, seed ${options.seed}`,
  );
  console.log('  every server runs in its own child process; all clients run in this process\n');

  const runs: Run[] = [];
  const failures: string[] = [];
  for (const scale of options.scales) {
    for (const kind of options.servers) {
      try {
        runs.push(await runOne(kind, scale, options));
      } catch (err) {
        const failure = `${kind} scale ${scale}: ${err instanceof Error ? err.message : String(err)}`;
        console.log(`  FAILED ${failure}`);
        failures.push(failure);
      }
    }
  }

  const rows: string[][] = [
    [
      'scale',
      'server',
      'clients',
      'p50_ms',
      'p90_ms',
      'p99_ms',
      'max_ms',
      'updates/s',
      'offered/s',
      'lost',
      'server_cpu',
      'bench_cpu',
      'other_cpu',
      'bench_lag_p99_ms',
    ],
  ];
  for (const run of runs) {
    const r = run.result;
    rows.push([
      String(run.scale),
      run.kind,
      String(run.scale * options.clients),
      fmt(run.latency.p50),
      fmt(run.latency.p90),
      fmt(run.latency.p99),
      fmt(run.latency.max),
      fmt(run.throughput, 0),
      fmt(r.sendSpanMs > 0 ? r.expected / (r.sendSpanMs / 1000) : Number.NaN, 0),
      String(r.expected - r.received),
      cpuPercent(r.serverCpuSeconds, r.windowMs),
      cpuPercent(r.benchCpuSeconds, r.windowMs),
      cpuPercent(r.otherCpuSeconds, r.windowMs),
      fmt(r.benchLoopDelayP99Ms),
    ]);
  }
  console.log(
    [
      '',
      'Results, measured phase only. Latency: from the edit to its arrival in each other client of the',
      'conference. updates/s: entries applied per second, summed over all receiving clients; offered/s:',
      'edits sent per second × receivers. CPU in % of one core: the server process, this process (all',
      'clients), and everything else on the machine. bench_lag: event-loop lag of this process.',
      '',
    ].join('\n'),
  );
  console.log(table(rows));
  const busy = runs.filter((r) => r.result.otherCpuSeconds / (r.result.windowMs / 1000) > OTHER_CPU_WARNING);
  if (busy.length > 0) {
    console.log(
      `\nWARNING: other processes used more than ${OTHER_CPU_WARNING * 100}% of a core during ` +
        busy.map((r) => `${r.kind} ${r.scale}`).join(', ') +
        '; those numbers are skewed. Run again on a quiet machine.',
    );
  }

  const ratioRows: string[][] = [
    ['scale', 'p50 ours/relay', 'p99 ours/relay', 'updates/s ours/relay', `target p99 ≤ ${TARGET_P99_RATIO}`],
  ];
  const above: number[] = [];
  for (const scale of options.scales) {
    const relay = runs.find((r) => r.scale === scale && r.kind === 'relay');
    const ours = runs.find((r) => r.scale === scale && r.kind === 'ours');
    if (!relay || !ours) {
      if (options.servers.length === 2) {
        ratioRows.push([String(scale), 'n/a', 'n/a', 'n/a', 'NOT MEASURED']);
        above.push(scale);
      }
      continue;
    }
    const p99 = ratio(ours.latency.p99, relay.latency.p99);
    const verdict = Number.isFinite(p99) && p99 <= TARGET_P99_RATIO ? 'PASS' : 'ABOVE TARGET';
    if (verdict !== 'PASS') above.push(scale);
    ratioRows.push([
      String(scale),
      fmt(ratio(ours.latency.p50, relay.latency.p50)),
      fmt(p99),
      fmt(ratio(ours.throughput, relay.throughput)),
      verdict,
    ]);
  }
  console.log('\nRatios\n');
  console.log(table(ratioRows));
  if (ratioRows.length === 1) console.log('\n(no ratios: only one server was run)');
  else
    console.log(
      above.length === 0
        ? `\nTarget (p99 ours/relay ≤ ${TARGET_P99_RATIO}): PASS at every scale`
        : `\nTarget (p99 ours/relay ≤ ${TARGET_P99_RATIO}): ABOVE TARGET or not measured at scale ${above.join(', ')}`,
    );

  if (failures.length > 0) {
    console.log('\nRuns that could not be measured:');
    for (const failure of failures) console.log(`  ${failure}`);
  }

  const problems = runs.filter((r) => r.problems.length > 0);
  if (problems.length > 0) {
    console.log('\nServer warnings and errors:');
    for (const run of problems) {
      console.log(`  ${run.kind} scale ${run.scale}:`);
      for (const line of run.problems.slice(0, 20)) console.log(`    ${line}`);
      if (run.problems.length > 20) console.log(`    … ${run.problems.length - 20} more`);
    }
  }
  return failures.length === 0;
}

main().then(
  (measuredAll) => {
    killAll();
    process.exit(measuredAll ? 0 : 1);
  },
  (err: unknown) => {
    console.error('The benchmark could not run:', err instanceof Error ? (err.stack ?? err.message) : err);
    killAll();
    process.exit(1);
  },
);
