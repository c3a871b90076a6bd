/**
 * The client `npm run bench:board` serves: built from the source as it stands into a private temp
 * dir (so a client/dist that someone else is serving or rebuilding is left alone), or client/dist
 * as it is (--no-build).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fmt } from './stats.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/**
 * The client as the source stands now, built where nobody else looks; or client/dist as it is.
 * `viteArgs` go to `vite build` (e.g. `--minify false`, so a profile names the functions).
 */
export function clientBuild(build: boolean, cleanup: (() => unknown)[], viteArgs: string[] = []): string {
  if (!build) {
    const dist = path.join(repoRoot, 'client/dist');
    if (!fs.existsSync(path.join(dist, 'index.html'))) {
      throw new Error('client/dist has no index.html: run `npm run build` or drop --no-build');
    }
    return dist;
  }
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-bench-client-'));
  cleanup.push(() => fs.rmSync(outDir, { recursive: true, force: true }));
  const started = performance.now();
  try {
    execFileSync(
      'npm',
      [
        'run',
        'build',
        '--workspace',
        'client',
        '--',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
        ...viteArgs,
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`the client build failed:\n${String(e.stdout ?? '')}${String(e.stderr ?? '')}`, {
      cause: err,
    });
  }
  console.log(`  built the client in ${fmt((performance.now() - started) / 1000, 1)} s (${outDir})`);
  return outDir;
}
