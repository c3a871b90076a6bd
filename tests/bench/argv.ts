/**
 * The flags the browser benchmarks share (bench:board, bench:typing): --runs, --warmup, --cpu,
 * --items, --edits, --seed, --no-build and --dist. Each benchmark reads its own flags first.
 */
export interface CommonOptions {
  runs: number;
  warmup: number;
  cpu: number[];
  items: number;
  edits: number;
  seed: number;
  build: boolean;
  /** A client built elsewhere (e.g. an older tree's), served as it is. */
  dist: string | null;
}

/** Splits `--key=value`; `n` is the value as a number, `list` as comma-separated numbers. */
export function splitArg(arg: string): { key: string; value: string; n: number; list: number[] } {
  const [key = '', value = ''] = arg.replace(/^--/, '').split('=');
  return { key, value, n: Number(value), list: value.split(',').map(Number) };
}

/** Sets the shared flag `arg` names on `options`; false when it is not one of them (or invalid). */
export function commonArg(options: CommonOptions, arg: string): boolean {
  const { key, value, n, list } = splitArg(arg);
  if (key === 'no-build') options.build = false;
  else if (key === 'dist' && value) options.dist = value;
  else if (key === 'runs' && Number.isInteger(n) && n > 0) options.runs = n;
  else if (key === 'warmup' && Number.isInteger(n) && n >= 0) options.warmup = n;
  else if (key === 'cpu' && list.length > 0 && list.every((x) => x >= 1 && x <= 20)) options.cpu = list;
  else if (key === 'items' && Number.isInteger(n) && n > 0) options.items = n;
  else if (key === 'edits' && Number.isInteger(n) && n > 0) options.edits = n;
  else if (key === 'seed' && Number.isInteger(n)) options.seed = n;
  else return false;
  return true;
}
