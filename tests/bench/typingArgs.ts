/**
 * The flags of `npm run bench:typing`: --runs=5, --warmup=1, --keys=40 (per window), --pace=120
 * (ms between keys), --cpu=1,4, --items=300, --edits=5000, --seed=1, --no-build, --dist=<dir>
 * (serve a client built elsewhere instead of building this tree's), --compare=<dir> (a second
 * client, e.g. an older tree's build, on a board of its own, measured round by round beside this
 * one), --profile (an unminified build; where each window's script time went), --trace (each
 * window's main-thread work by trace event), --time=wall|thread (durations on the page's clock,
 * the default, or the main thread's own CPU time: steadier on a busy machine, not scaled by --cpu).
 */
import { commonArg, splitArg, type CommonOptions } from './argv.ts';
import type { TimeDomain } from './typingPage.ts';

export interface Options extends CommonOptions {
  keys: number;
  pace: number;
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
    const { key, value, n } = splitArg(arg);
    if (key === 'profile') options.profile = true;
    else if (key === 'trace') options.trace = true;
    else if (key === 'time' && (value === 'wall' || value === 'thread')) options.time = value;
    else if (key === 'compare' && value) options.compare = value;
    else if (key === 'keys' && Number.isInteger(n) && n >= 12 && n <= 400) options.keys = n;
    else if (key === 'pace' && Number.isInteger(n) && n >= 0) options.pace = n;
    else if (!commonArg(options, arg)) throw new Error(`unknown or invalid argument: ${arg}`);
  }
  return options;
}
