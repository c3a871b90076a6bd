/**
 * `npm start`: builds the web client only when its sources changed since the last build (a hash of
 * them is kept beside the build), then runs the server in this same process, which stops cleanly
 * (main.ts) on SIGTERM or SIGINT, including a SIGTERM sent to `npm start` itself.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dist = path.join(root, 'client/dist');
const stamp = path.join(dist, '.sources.sha256');
/** What the client build is made from. */
const SOURCES = [
  'client/src',
  'client/public',
  'client/build',
  'client/index.html',
  'client/vite.config.ts',
  'client/package.json',
  'shared/src',
  'package-lock.json',
];

function* filesOf(p: string): Generator<string> {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return;
  if (!stat.isDirectory()) {
    if (!p.endsWith('.test.ts')) yield p;
    return;
  }
  for (const name of fs.readdirSync(p).sort()) yield* filesOf(path.join(p, name));
}

export function sourcesHash(): string {
  const hash = crypto.createHash('sha256');
  for (const source of SOURCES)
    for (const file of filesOf(path.join(root, source))) {
      hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
    }
  return hash.digest('hex');
}

const wanted = sourcesHash();
const built =
  fs.existsSync(path.join(dist, 'index.html')) && fs.existsSync(stamp)
    ? fs.readFileSync(stamp, 'utf8').trim()
    : '';
if (built !== wanted) {
  process.stdout.write('Building the web client (its sources changed since the last build)…\n');
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('The web client did not build: see the messages above.\n');
    process.exit(result.status ?? 1);
  }
  fs.writeFileSync(stamp, `${wanted}\n`);
} else process.stdout.write('The web client is up to date.\n');

// npm runs this through `sh -c`, and a SIGTERM to `npm start` ends npm and that shell only: this
// process is then left to its grandparent. Seeing its parent change, it stops as if told to.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
}, 500).unref();

await import('../main.ts');
