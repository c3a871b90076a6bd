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
 * --servers=relay,ours (to run one side only, e.g. while debugging).
 */
import os from 'node:os';
import { filesystemOf, killAll, startOurServer, startRelayProcess, type ChildServer } from './processes.ts';
import { ourRooms, relayRooms, type RoomSpec } from './rooms.ts';
import { fmt, ratio, summarize, table, type LatencySummary } from './stats.ts';
import { runWorkload, type WorkloadResult } from './workload.ts';

const TARGET_P99_RATIO = 1.5;

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
    const closes = [...result.disconnects].map(([code, n]) => `${code}×${n}`).join(', ');
    console.log(
      `  ${kind.padEnd(5)} scale ${scale}: setup ${fmt(setupMs / 1000, 1)} s, connect+sync ${fmt(result.connectMs / 1000, 1)} s, ` +
        `sent ${result.sent} edits in ${fmt(result.sendSpanMs / 1000, 1)} s, delivered ${result.received}/${result.expected}` +
        (closes ? `, unexpected closes: ${closes}` : ''),
    );
    return { scale, kind, result, latency, throughput, problems: [...server.problems] };
  } finally {
    await server.stop();
  }
}

function cpuPercent(seconds: number, windowMs: number): string {
  return windowMs > 0 && Number.isFinite(seconds) ? `${fmt((seconds / (windowMs / 1000)) * 100, 0)}%` : 'n/a';
}

async function main(): Promise<void> {
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
  for (const scale of options.scales) {
    for (const kind of options.servers) runs.push(await runOne(kind, scale, options));
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
      'bench_loop_p99_ms',
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
      fmt(run.scale * options.rate * (options.clients - 1), 0),
      String(r.expected - r.received),
      cpuPercent(r.serverCpuSeconds, r.windowMs),
      cpuPercent(r.benchCpuSeconds, r.windowMs),
      fmt(r.benchLoopDelayP99Ms),
    ]);
  }
  console.log('\nResults (latency: edit applied on each other client of the conference; updates/s: applied');
  console.log('entries per second summed over all receiving clients; offered/s: what the pacing asks for)\n');
  console.log(table(rows));

  const ratioRows: string[][] = [
    ['scale', 'p50 ours/relay', 'p99 ours/relay', 'updates/s ours/relay', `target p99 ≤ ${TARGET_P99_RATIO}`],
  ];
  const above: number[] = [];
  for (const scale of options.scales) {
    const relay = runs.find((r) => r.scale === scale && r.kind === 'relay');
    const ours = runs.find((r) => r.scale === scale && r.kind === 'ours');
    if (!relay || !ours) continue;
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
        : `\nTarget (p99 ours/relay ≤ ${TARGET_P99_RATIO}): ABOVE TARGET at scale ${above.join(', ')}`,
    );

  const problems = runs.filter((r) => r.problems.length > 0);
  if (problems.length > 0) {
    console.log('\nServer warnings and errors:');
    for (const run of problems) {
      console.log(`  ${run.kind} scale ${run.scale}:`);
      for (const line of run.problems.slice(0, 20)) console.log(`    ${line}`);
      if (run.problems.length > 20) console.log(`    … ${run.problems.length - 20} more`);
    }
  }
}

main().then(
  () => {
    killAll();
    process.exit(0);
  },
  (err: unknown) => {
    console.error('The benchmark could not run:', err instanceof Error ? (err.stack ?? err.message) : err);
    killAll();
    process.exit(1);
  },
);
