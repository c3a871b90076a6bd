/**
 * The two servers under test, each in its own child process: the bare relay (relayMain.ts) and
 * our server (server/src/main.ts with a fresh data dir). Children are always killed: on stop(),
 * and on exit/SIGINT of the benchmark process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const live = new Set<ChildProcess>();
const cleanups = new Set<() => void>();

/** Synchronous last-resort cleanup: kills every child still running and removes temp dirs. */
export function killAll(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
  for (const cleanup of cleanups) cleanup();
  cleanups.clear();
}
process.on('exit', killAll);

export interface ChildServer {
  name: string;
  port: number;
  pid: number;
  /** When the child was spawned (performance.now() of this process). */
  spawnedAt: number;
  /** Log lines of level warn or above (pino) and stderr, kept for the report. */
  problems: string[];
  /** Total stdout lines seen. */
  lines(): number;
  /** Seconds of CPU (user + system) the child has used so far, from /proc; NaN where unavailable. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

function readCpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command: state(0) ... utime(11) stime(12).
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds the whole machine has been busy (all cores, from /proc/stat); NaN where unavailable. */
export function machineBusySeconds(): number {
  try {
    const first = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    // cpu user nice system idle iowait irq softirq steal guest guest_nice (guest is inside user)
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = first
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

function pinoLevel(line: string): number {
  const match = /^\{"level":(\d+)/.exec(line);
  return match ? Number(match[1]) : 0;
}

interface SpawnOptions {
  name: string;
  script: string;
  /** Working directory of the child (default: this repository). */
  cwd?: string;
  env: NodeJS.ProcessEnv;
  /** Finds the port in one stdout line, or returns null. */
  portFrom(line: string): number | null;
  /** Resolves when this stdout line has been seen (after the port), if given. */
  readyLine?: RegExp;
  timeoutMs?: number;
  onStopped?: () => void;
}

async function spawnServer(options: SpawnOptions): Promise<ChildServer> {
  const spawnedAt = performance.now();
  // e.g. BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile both servers.
  const extraArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extraArgs, '--import', 'tsx', options.script], {
    cwd: options.cwd ?? repoRoot,
    env: options.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  live.add(child);
  if (options.onStopped) cleanups.add(options.onStopped);
  const problems: string[] = [];
  let lineCount = 0;
  let exited = false;
  let stopping = false;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = true;
      live.delete(child);
      if (!stopping) problems.push(`${options.name} exited unexpectedly (code ${code}, signal ${signal})`);
      resolve();
    }),
  );

  let portResolve: (port: number) => void = () => undefined;
  let readyResolve: () => void = () => undefined;
  const portPromise = new Promise<number>((resolve) => (portResolve = resolve));
  const readyPromise = new Promise<void>((resolve) => (readyResolve = resolve));
  let port: number | null = null;

  let buffered = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffered += chunk;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      lineCount += 1;
      if (pinoLevel(line) >= 40 && problems.length < 200) problems.push(line);
      if (port === null) {
        port = options.portFrom(line);
        if (port !== null) portResolve(port);
      } else if (options.readyLine?.test(line)) readyResolve();
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    if (problems.length < 200) problems.push(`[stderr] ${chunk.trimEnd()}`);
  });

  const timeoutMs = options.timeoutMs ?? 30_000;
  const found = await Promise.race([
    portPromise,
    exitedPromise.then(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs).unref()),
  ]);
  if (found === null) {
    child.kill('SIGKILL');
    throw new Error(`${options.name} did not start:\n${problems.join('\n')}`);
  }
  if (options.readyLine) {
    await Promise.race([readyPromise, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  }

  return {
    name: options.name,
    port: found,
    pid: child.pid ?? -1,
    spawnedAt,
    problems,
    lines: () => lineCount,
    cpuSeconds: () => readCpuSeconds(child.pid ?? -1),
    stop: async () => {
      stopping = true;
      if (!exited) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exitedPromise;
        clearTimeout(killer);
      }
      child.stdin.destroy();
      if (options.onStopped) {
        cleanups.delete(options.onStopped);
        options.onStopped();
      }
    },
  };
}

/** This process's environment without the server's own settings, so a developer's shell cannot skew a run. */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(CB_.*|PORT|HOST|LOG_LEVEL|DATABASE_URL|REDIS_URL)$/.test(key)) env[key] = value;
  }
  return env;
}

export function startRelayProcess(): Promise<ChildServer> {
  return spawnServer({
    name: 'relay',
    script: path.join(repoRoot, 'tests/bench/relayMain.ts'),
    env: { ...inheritedEnv(), PORT: '0' },
    portFrom: (line) => {
      const match = /^\{"port":(\d+)\}$/.exec(line.trim());
      return match ? Number(match[1]) : null;
    },
  });
}

export const BENCH_ADMIN = { email: 'bench-admin@example.test', password: 'bench-password-not-secret' };

export interface OurServer extends ChildServer {
  dataDir: string;
}

export interface OurServerOptions {
  /** The checkout whose server runs (default: this one), e.g. an older commit's worktree. */
  serverDir?: string;
  /** The benchmark reference that broadcasts before storing (CB_BENCH_BROADCAST_FIRST). */
  broadcastFirst?: boolean;
  /**
   * A data dir an earlier process left (its store and data key): this process serves what is
   * there, and the dir is kept when it stops. Default: a fresh temp dir, removed on stop.
   */
  dataDir?: string;
  /** More server settings, e.g. { CB_EXPORT_WORKERS: '1' }. */
  env?: NodeJS.ProcessEnv;
}

export async function startOurServer(options: OurServerOptions = {}): Promise<OurServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cb-bench-'));
  const serverDir = options.serverDir ?? repoRoot;
  const server = await spawnServer({
    name: options.broadcastFirst ? 'ours-bf' : 'ours',
    script: path.join(serverDir, 'server/src/main.ts'),
    cwd: serverDir,
    env: {
      ...(options.broadcastFirst ? { CB_BENCH_BROADCAST_FIRST: '1' } : {}),
      ...inheritedEnv(),
      ...options.env,
      PORT: '0',
      HOST: '127.0.0.1',
      CB_DATA_DIR: dataDir,
      CB_ADMIN_EMAIL: BENCH_ADMIN.email,
      CB_ADMIN_PASSWORD: BENCH_ADMIN.password,
      LOG_LEVEL: 'info',
      CB_DEMO: 'off',
    },
    portFrom: (line) => {
      if (!line.includes('"msg":"listening"')) return null;
      const match = /"port":(\d+)/.exec(line);
      return match ? Number(match[1]) : null;
    },
    // The first admin is created just after "listening"; this line follows it.
    readyLine: /is running at/,
    onStopped: options.dataDir ? undefined : () => fs.rmSync(dataDir, { recursive: true, force: true }),
  });
  return { ...server, dataDir };
}

/** A readable name for the filesystem a path lives on (fsync cost differs a lot). */
export function filesystemOf(dir: string): string {
  const names: Record<number, string> = {
    0x01021994: 'tmpfs',
    0xef53: 'ext4',
    0x58465342: 'xfs',
    0x9123683e: 'btrfs',
    0x794c7630: 'overlayfs',
    0x2fc12fc1: 'zfs',
  };
  try {
    const type = fs.statfsSync(dir).type;
    return names[type] ?? `0x${type.toString(16)}`;
  } catch {
    return 'unknown';
  }
}
