/**
 * The flags of `npm run bench:typing`: --runs=5, --warmup=1, --keys=40 (per window), --pace=120
 * (ms between keys), --cpu=1,4, --items=300, --edits=5000, --seed=1, --no-build, --dist=<dir>
 * (serve a client built elsewhere instead of building this tree's), --compare=<dir> (a second
 * client, e.g. an older tree's build, on a board of its own, measured round by round beside this
 * one), --profile (an unminified build; where each window's script time went), --trace (each
 * window's main-thread work by trace event), --time=wall|thread (durations on the page's clock,
 * the default, or the main thread's own CPU time: steadier on a busy machine, not scaled by --cpu).
 */
import type { TimeDomain } from './typingPage.ts';

export interface Options {
  runs: number;
  warmup: number;
  keys: number;
  pace: number;
  cpu: number[];
  items: number;
  edits: number;
  seed: number;
  build: boolean;
  /** A client already built elsewhere, served as it is. */
  dist: string | null;
  /** A reference client measured beside ours in the same run. */
  compare: string | null;
  profile: boolean;
  trace: boolean;
  time: TimeDomain;
}

export function parseArgs(argv: string[]): Options {
  const options: Options = {
    runs: 5,
    warmup: 1,
    keys: 40,
    pace: 120,
    cpu: [1, 4],
    items: 300,
    edits: 5000,
    seed: 1,
    build: true,
    dist: null,
    compare: null,
    profile: false,
    trace: false,
    time: 'wall',
  };
  for (const arg of argv) {
    const [key, value = ''] = arg.replace(/^--/, '').split('=');
    const n = Number(value);
    const list = value.split(',').map(Number);
    if (key === 'no-build') options.build = false;
    else if (key === 'profile') options.profile = true;
    else if (key === 'trace') options.trace = true;
    else if (key === 'time' && (value === 'wall' || value === 'thread')) options.time = value;
    else if (key === 'dist' && value) options.dist = value;
    else if (key === 'compare' && value) options.compare = value;
    else if (key === 'runs' && Number.isInteger(n) && n > 0) options.runs = n;
    else if (key === 'warmup' && Number.isInteger(n) && n >= 0) options.warmup = n;
    else if (key === 'keys' && Number.isInteger(n) && n >= 12 && n <= 400) options.keys = n;
    else if (key === 'pace' && Number.isInteger(n) && n >= 0) options.pace = n;
    else if (key === 'cpu' && list.length > 0 && list.every((x) => x >= 1 && x <= 20)) options.cpu = list;
    else if (key === 'items' && Number.isInteger(n) && n > 0) options.items = n;
    else if (key === 'edits' && Number.isInteger(n) && n > 0) options.edits = n;
    else if (key === 'seed' && Number.isInteger(n)) options.seed = n;
    else throw new Error(`unknown or invalid argument: ${arg}`);
  }
  return options;
}
