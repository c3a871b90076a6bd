/**
 * The real server entry (server/src/main.ts) in a child process, so a test can SIGKILL it and
 * start it again on the same data dir. Every child is tracked and killed by `killAllChildServers`
 * (call it in afterEach/afterAll), and, as a last resort, when the test process exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN } from '../support/startServer.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ChildServer {
  readonly process: ChildProcess;
  readonly port: number;
  readonly url: string;
  /** Everything the child wrote to stdout and stderr so far, for failure messages. */
  output(): string;
  /**
   * Resolves once the output matches `pattern`. main.ts logs "listening" before it creates the
   * first admin, and prints "Conference Board is running at …" after: wait for that before signing in.
   */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Sends SIGKILL and resolves once the process is gone. */
  kill(): Promise<void>;
  /** Resolves when the process has exited, however it ended. */
  readonly exited: Promise<void>;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Starts `node --import tsx server/src/main.ts` on `dataDir`, resolving once it is listening. */
export function startChildServer(dataDir: string, timeoutMs = 20_000): Promise<ChildServer> {
  installExitHook();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      CB_DATA_DIR: dataDir,
      CB_ADMIN_EMAIL: ADMIN.email,
      CB_ADMIN_PASSWORD: ADMIN.password,
      CB_DEMO: 'off',
      LOG_LEVEL: 'info',
      // Whatever the developer's shell holds, this server uses the embedded store and a key file.
      CB_DATA_KEY: '',
      CB_PUBLIC_URL: '',
      DATABASE_URL: '',
      REDIS_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  const exited = new Promise<void>((resolve) => {
    if (hasExited(child)) resolve();
    else child.once('exit', () => resolve());
  });
  void exited.then(() => live.delete(child));
  let out = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (out += chunk));
  child.stdout.setEncoding('utf8');

  const waitForOutput = async (pattern: RegExp, timeout = 10_000) => {
    const started = Date.now();
    while (!pattern.test(out)) {
      if (hasExited(child)) throw new Error(`The server exited before printing ${pattern}\n${out}`);
      if (Date.now() - started > timeout) throw new Error(`The server did not print ${pattern}\n${out}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  const kill = async () => {
    if (!hasExited(child)) child.kill('SIGKILL');
    await exited;
  };

  return new Promise<ChildServer>((resolve, reject) => {
    let pending = '';
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void kill().then(() => reject(new Error(`${why}\n--- server output ---\n${out}`)));
    };
    const timer = setTimeout(() => fail(`The server did not start within ${timeoutMs} ms`), timeoutMs);
    void exited.then(() => fail(`The server exited before listening (code ${child.exitCode})`));
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (settled) return;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('{')) continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          continue;
        }
        const entry = parsed as { msg?: unknown; port?: unknown };
        if (entry.msg !== 'listening' || typeof entry.port !== 'number') continue;
        settled = true;
        clearTimeout(timer);
        const port = entry.port;
        resolve({
          process: child,
          port,
          url: `http://127.0.0.1:${port}`,
          output: () => out,
          waitForOutput,
          kill,
          exited,
        });
        return;
      }
    });
  });
}

/** SIGKILLs every child server still running and waits for each to be gone. */
export async function killAllChildServers(): Promise<void> {
  await Promise.all(
    [...live].map(async (child) => {
      const gone = new Promise<void>((resolve) => {
        if (hasExited(child)) resolve();
        else child.once('exit', () => resolve());
      });
      if (!hasExited(child)) child.kill('SIGKILL');
      await gone;
      live.delete(child);
    }),
  );
}
