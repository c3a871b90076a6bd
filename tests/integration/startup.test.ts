/**
 * Starting the real entry point (`node --import tsx server/src/main.ts`): where the data key comes
 * from. Production (NODE_ENV=production on https) needs CB_DATA_KEY; otherwise a key file in the
 * data folder is used, with a warning. The key itself is never printed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-startup-'));
  dirs.push(dir);
  return dir;
}

interface Run {
  code: number | null;
  out: string;
  ms: number;
}

/** Runs the server until it exits, or until it logs "listening" (then stops it with SIGTERM). */
function run(env: Record<string, string>, timeoutMs = 30_000): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    // Only what is given here: whatever the developer's shell holds does not leak in.
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      CB_DEMO: 'off',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let ms = 0;
  const collect = (chunk: Buffer) => {
    out += chunk.toString('utf8');
    if (!ms && /"msg":"listening"/.test(out)) {
      ms = Math.round(performance.now() - started);
      child.kill('SIGTERM');
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, ms: ms || Math.round(performance.now() - started) });
    }),
  );
}

const PRODUCTION = { NODE_ENV: 'production', CB_PUBLIC_URL: 'https://board.example.test' };
// A fictional key for this test only (32 bytes, base64).
const KEY = Buffer.from('fictional-test-key-0123456789abc').toString('base64');

describe('the data key at start', () => {
  it('refuses production without CB_DATA_KEY, and starts with it, never printing it', async () => {
    const dir = dataDir();
    const refused = await run({ ...PRODUCTION, CB_DATA_DIR: dir });
    console.log(`refused in ${refused.ms} ms`);
    expect(refused.code).not.toBe(0);
    expect(refused.out).toContain('Conference Board cannot start because of its settings:');
    expect(refused.out).toContain('CB_DATA_KEY: a production server (NODE_ENV=production with an https');
    expect(fs.existsSync(path.join(dir, 'data.key'))).toBe(false);

    const started = await run({ ...PRODUCTION, CB_DATA_DIR: dir, CB_DATA_KEY: KEY });
    console.log(`listening after ${started.ms} ms`);
    expect(started.out).toMatch(/"msg":"listening"/);
    expect(started.code).toBe(0);
    expect(started.out).not.toContain(KEY);
    expect(started.out).not.toMatch(/data key (comes from|was just written)/);
    expect(fs.existsSync(path.join(dir, 'data.key'))).toBe(false);
  });

  it('without NODE_ENV, uses a key file in the data folder and warns about it', async () => {
    const dir = dataDir();
    const first = await run({ CB_DATA_DIR: dir });
    console.log(`listening after ${first.ms} ms`);
    expect(first.out).toMatch(/"msg":"listening"/);
    expect(first.out).toContain('Warning: the data key was just written to the data folder:');
    expect(first.out).toContain('Back the key up separately');
    expect(first.out).toContain('set CB_DATA_KEY');
    expect(first.out).toMatch(/"level":40,[^\n]*The data key is kept in the data folder/);
    const key = fs.readFileSync(path.join(dir, 'data.key'), 'utf8').trim();
    expect(first.out).not.toContain(key);

    const second = await run({ CB_DATA_DIR: dir });
    expect(second.out).toContain('Warning: the data key comes from the data folder:');
    expect(second.out).not.toContain(key);
  });
});
