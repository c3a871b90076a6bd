/** The flags of `npm run bench:sync` (see sync.ts). */
import path from 'node:path';

export interface Options {
  scales: number[];
  clients: number;
  rounds: number;
  seconds: number;
  warmup: number;
  clientProcs: number;
  seed: number;
  serverDir: string | undefined;
}

export function parseArgs(argv: string[]): Options {
  const o: Options = {
    scales: [10, 100],
    clients: 15,
    rounds: 2,
    seconds: 15,
    warmup: 4,
    clientProcs: 2,
    seed: 1,
    serverDir: process.env.BENCH_SERVER_DIR || undefined,
  };
  for (const arg of argv) {
    const [key, value = ''] = arg.replace(/^--/, '').split('=');
    const n = Number(value);
    if (key === 'quick') Object.assign(o, { scales: [10], rounds: 1, seconds: 8, warmup: 3 });
    else if (key === 'scales')
      o.scales = value
        .split(',')
        .map(Number)
        .filter((s) => s > 0);
    else if (key === 'clients' && n >= 4) o.clients = n;
    else if (key === 'rounds' && n >= 1) o.rounds = n;
    else if (key === 'seconds' && n > 0) o.seconds = n;
    else if (key === 'warmup' && n >= 0) o.warmup = n;
    else if (key === 'client-procs' && n >= 1) o.clientProcs = n;
    else if (key === 'seed' && Number.isInteger(n)) o.seed = n;
    else if (key === 'server-dir' && value) o.serverDir = path.resolve(value);
    else throw new Error(`unknown or invalid argument: ${arg}`);
  }
  return o;
}
