/**
 * `npm run bench:sync`: edit → applied-on-every-client latency and server CPU per edit of our sync
 * server against a bare y-websocket relay (relay.ts), and against our own server with
 * CB_BENCH_BROADCAST_FIRST (the price of durability), all in the same run on loopback. A
 * benchmark, not a test: it prints ratios and exits 0 once it has run.
 *
 * Per scale every server runs in its own child process and the clients in separate child
 * processes (clientMain.ts). The servers are alternated in short blocks (connect, warm up,
 * measure, disconnect), the order rotating each round, so a noisy neighbour hits all alike.
 *
 * Flags: --quick (scale 10, 1 round, 8 s blocks), --scales=10,100, --clients=15, --rounds=2,
 * --seconds=15 (measured per block), --warmup=4, --client-procs=2, --seed=1,
 * --server-dir=/path (the checkout whose server is "ours"; broadcast-first is skipped then, as an
 * older server may not know the switch). Environment: BENCH_SERVER_DIR as --server-dir;
 * BENCH_SERVER_NODE_ARGS adds node flags to the servers (e.g. `--cpu-prof`).
 */
import { runBenchmark } from './cleanup.ts';
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import {
  filesystemOf,
  killAll,
  repoRoot,
  startOurServer,
  startRelayProcess,
  type ChildServer,
} from './processes.ts';
import { ourRooms, relayRooms, type RoomSpec } from './rooms.ts';
import { fmt, ratio, summarize, table } from './stats.ts';
import { parseArgs, type Options } from './syncArgs.ts';
import type { PhaseResult } from './workload.ts';

type Kind = 'relay' | 'ours' | 'ours-bf';

interface ClientProc {
  child: ChildProcess;
  ask(message: unknown): Promise<{ type: string; result?: PhaseResult; message?: string }>;
}

function startClientProc(): ClientProc {
  const child = fork(path.join(repoRoot, 'tests/bench/clientMain.ts'), [], {
    execArgv: ['--import', 'tsx'],
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return {
    child,
    ask: (message) =>
      new Promise((resolve, reject) => {
        const onExit = () => reject(new Error('a client process exited'));
        child.once('exit', onExit);
        child.once('message', (reply: { type: string; result?: PhaseResult; message?: string }) => {
          child.off('exit', onExit);
          if (reply.type === 'error') reject(new Error(reply.message));
          else resolve(reply);
        });
        child.send(message as never);
      }),
  };
}

interface Acc {
  latencies: number[];
  sent: number;
  lost: number;
  serverCpu: number;
  expectedRate: number;
  offeredRate: number;
  lagP99: number;
  lateP99: number;
  closes: Record<string, number>;
}

const emptyAcc = (): Acc => ({
  latencies: [],
  sent: 0,
  lost: 0,
  serverCpu: 0,
  expectedRate: 0,
  offeredRate: 0,
  lagP99: 0,
  lateP99: 0,
  closes: {},
});

async function block(
  server: ChildServer,
  rooms: RoomSpec[],
  procs: ClientProc[],
  o: Options,
  index: number,
  acc: Acc,
) {
  const shares = procs.map((_, i) => rooms.filter((_, r) => r % procs.length === i));
  await Promise.all(
    procs.map((p, i) => p.ask({ type: 'connect', rooms: shares[i], seed: o.seed, rampMs: 3000 })),
  );
  if (o.warmup > 0)
    await Promise.all(procs.map((p) => p.ask({ type: 'phase', seconds: o.warmup, measured: false, index })));
  const cpuBefore = server.cpuSeconds();
  const results = await Promise.all(
    procs.map((p) => p.ask({ type: 'phase', seconds: o.seconds, measured: true, index: index + 1000 })),
  );
  acc.serverCpu += server.cpuSeconds() - cpuBefore;
  await Promise.all(procs.map((p) => p.ask({ type: 'close' })));
  let expected = 0;
  let offered = 0;
  for (const reply of results) {
    const r = reply.result;
    if (!r) continue;
    acc.latencies.push(...r.latencies);
    acc.sent += r.sent;
    acc.lost += r.lost;
    expected += r.expectedRate;
    offered += r.offeredRate;
    acc.lagP99 = Math.max(acc.lagP99, r.loopLagP99Ms);
    acc.lateP99 = Math.max(acc.lateP99, r.sendLateP99Ms);
    for (const [code, n] of Object.entries(r.disconnects)) acc.closes[code] = (acc.closes[code] ?? 0) + n;
  }
  acc.expectedRate = expected;
  acc.offeredRate = Math.min(acc.offeredRate || Number.POSITIVE_INFINITY, offered);
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const stop = () => {
    killAll();
    process.exit(130);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const cpus = os.cpus();
  console.log('Sync benchmark: edit → applied on every client, ours vs a bare y-websocket relay (loopback)');
  console.log(
    `  machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, node ${process.version}, ` +
      `data dir: ${filesystemOf(os.tmpdir())}; server: ${o.serverDir ?? repoRoot}`,
  );
  console.log(
    `  per conference ${o.clients} clients (2 chairs typing ~4 keys/s each, professionals, family, display; ` +
      `restricted doc for chairs and professionals; presence); ${o.rounds} round(s) of ${o.warmup}+${o.seconds} s blocks, ` +
      `${o.clientProcs} client process(es), seed ${o.seed}\n`,
  );
  const kinds: Kind[] = o.serverDir ? ['relay', 'ours'] : ['relay', 'ours', 'ours-bf'];
  const rows: string[][] = [
    [
      'scale',
      'server',
      'edits',
      'p50_ms',
      'p99_ms',
      'max_ms',
      'lost',
      'cpu_us/edit',
      'offered/expected',
      'gen_lag_p99',
      'closes',
    ],
  ];
  const ratios: string[][] = [
    ['scale', 'p50 ours/relay', 'p99 ours/relay', 'cpu/edit ours/relay', 'p99 ours/bf'],
  ];
  const warnings: string[] = [];
  for (const scale of o.scales) {
    const servers = new Map<Kind, { server: ChildServer; rooms: RoomSpec[] }>();
    const procs = Array.from({ length: o.clientProcs }, startClientProc);
    try {
      for (const kind of kinds) {
        const server =
          kind === 'relay'
            ? await startRelayProcess()
            : await startOurServer({ serverDir: o.serverDir, broadcastFirst: kind === 'ours-bf' });
        const rooms =
          kind === 'relay'
            ? relayRooms(server.port, scale, o.clients)
            : await ourRooms(server.port, scale, o.clients);
        servers.set(kind, { server, rooms });
      }
      const accs = new Map<Kind, Acc>(kinds.map((k) => [k, emptyAcc()]));
      for (let round = 0; round < o.rounds; round++) {
        const order = kinds.map((_, i) => kinds[(i + round) % kinds.length] as Kind);
        for (const kind of order) {
          const s = servers.get(kind);
          const acc = accs.get(kind);
          if (!s || !acc) continue;
          await block(s.server, s.rooms, procs, o, round, acc);
          console.log(`  scale ${scale} round ${round + 1}: ${kind} done`);
        }
      }
      const summary = new Map<Kind, { p50: number; p99: number; cpu: number }>();
      for (const kind of kinds) {
        const a = accs.get(kind) ?? emptyAcc();
        const l = summarize(a.latencies);
        const cpuPerEdit = a.sent > 0 ? (a.serverCpu / a.sent) * 1e6 : Number.NaN;
        summary.set(kind, { p50: l.p50, p99: l.p99, cpu: cpuPerEdit });
        const pace = a.offeredRate / a.expectedRate;
        rows.push([
          String(scale),
          kind,
          String(a.sent),
          fmt(l.p50),
          fmt(l.p99),
          fmt(l.max),
          String(a.lost),
          fmt(cpuPerEdit, 0),
          `${fmt(a.offeredRate, 0)}/${fmt(a.expectedRate, 0)}`,
          fmt(a.lagP99),
          Object.entries(a.closes)
            .map(([c, n]) => `${c}×${n}`)
            .join(',') || '-',
        ]);
        if (!(pace >= 0.95) || a.lagP99 > 20 || a.lateP99 > 50) {
          warnings.push(
            `!!! GENERATOR BEHIND at ${kind} scale ${scale}: offered ${fmt(a.offeredRate, 0)} of ${fmt(a.expectedRate, 0)} edits/s, ` +
              `its own loop lag p99 ${fmt(a.lagP99)} ms, sends late p99 ${fmt(a.lateP99)} ms. Part of the latency is the ` +
              `generator's, not the server's: use more --client-procs or a smaller scale. !!!`,
          );
        }
      }
      const relay = summary.get('relay');
      const ours = summary.get('ours');
      const bf = summary.get('ours-bf');
      ratios.push([
        String(scale),
        fmt(ratio(ours?.p50 ?? NaN, relay?.p50 ?? NaN)),
        fmt(ratio(ours?.p99 ?? NaN, relay?.p99 ?? NaN)),
        fmt(ratio(ours?.cpu ?? NaN, relay?.cpu ?? NaN)),
        fmt(ratio(ours?.p99 ?? NaN, bf?.p99 ?? NaN)),
      ]);
    } finally {
      for (const p of procs) p.child.kill();
      for (const { server } of servers.values()) await server.stop();
    }
  }
  console.log(
    '\nLatency: per edit, until applied on every client holding that document. cpu_us/edit: server',
  );
  console.log(
    'process CPU (user+system, /proc) during the measured phases ÷ edits sent. gen_lag: the client',
  );
  console.log("processes' own event-loop lag.\n");
  console.log(table(rows));
  console.log(
    '\nRatios (targets at 100 × 15: p99 ours/relay ≤ 1.5, CPU/edit ours/relay ≤ 1.3; ours/bf ≤ 1.2)\n',
  );
  console.log(table(ratios));
  for (const w of warnings) console.log(`\n${w}`);
}

runBenchmark(main, killAll);
