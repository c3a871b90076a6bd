/**
 * `npm start` / `npm run serve`: validate the environment, open the store, create the first admin
 * and the demo conference on first start, serve, and shut down cleanly on SIGINT/SIGTERM.
 * Console output here is for the person who started the server; logs go through pino.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './app.ts';
import { bootstrapAdmin, DEFAULT_ADMIN_EMAIL } from './auth/staff.ts';
import { loadConfig } from './config.ts';
import { DATA_KEY_FILE } from './crypto.ts';
import { createDemoConference } from './demo.ts';
import { StartupProblem } from './http/limitStores.ts';
import { createLogger } from './logger.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const say = (line = '') => process.stdout.write(`${line}\n`);

const settingsProblems = (problems: string[]) =>
  process.stderr.write(
    `Conference Board cannot start because of its settings:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every setting.\n`,
  );

const loaded = loadConfig(process.env, repoRoot);
if (!loaded.ok) {
  settingsProblems(loaded.problems);
  process.exit(1);
}
const config = loaded.config;
const log = createLogger(config.logLevel);
// Without CB_DATA_KEY the key lives in the data folder, so every copy of the folder carries it.
const keyFile = config.dataKey ? null : path.join(config.dataDir, DATA_KEY_FILE);
const keyFileExisted = keyFile !== null && fs.existsSync(keyFile);

try {
  let admin: Awaited<ReturnType<typeof bootstrapAdmin>> | undefined;
  let demo: Awaited<ReturnType<typeof createDemoConference>> | undefined;
  const server = await startServer(config, log, undefined, async (deps) => {
    admin = await bootstrapAdmin(deps.store, config.adminEmail, config.adminPassword);
    if (admin.created && config.demo) demo = await createDemoConference(deps.store, admin.user);
  });
  if (!admin) throw new Error('the first admin was not prepared');
  const base = config.publicUrl ?? `http://localhost:${server.port}`;
  // Before "listening" is logged, so that whoever waits for that line may stop the server cleanly.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  if (keyFile) {
    log.warn(
      { keyFile, created: !keyFileExisted },
      'The data key is kept in the data folder: back it up separately, and set CB_DATA_KEY for deployments',
    );
  }
  log.info({ port: server.port, store: server.deps.store.kind }, 'listening');

  say();
  say(`Conference Board is running at ${base}`);
  if (admin.created) {
    say(`  Admin sign-in: ${base}/signin`);
    say(`    email:    ${admin.user.email}`);
    say(
      admin.oneTimePassword
        ? `    password: ${admin.oneTimePassword}   (generated; shown only this once — keep it safe)`
        : '    password: the one in CB_ADMIN_PASSWORD',
    );
    if (demo) {
      say();
      say(`  Demo conference (fictional family): ${base}/c/${demo.conference.id}`);
      for (const link of demo.links) say(`    ${link.role.padEnd(12)} ${base}${link.path}`);
      say('  (These links are shown only on first start; create more on the admin page.)');
    }
  } else {
    say(
      `  Sign in at ${base}/signin${config.adminEmail ? '' : ` (first admin: ${DEFAULT_ADMIN_EMAIL} unless changed)`}`,
    );
  }
  if (keyFile) {
    say();
    say(`  Warning: the data key ${keyFileExisted ? 'comes from' : 'was just written to'} the data folder:`);
    say(`    ${keyFile}`);
    say('    Anyone with a copy of that folder can read its data. Back the key up separately (not');
    say('    with the data folder), and for deployments set CB_DATA_KEY instead (see .env.example).');
  }
  say();
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  if (err instanceof StartupProblem) {
    settingsProblems([err.message]);
  } else if (e.code === 'EADDRINUSE') {
    process.stderr.write(
      `Port ${config.port} is already in use. Set PORT to another port, e.g. PORT=8081 npm start\n`,
    );
  } else {
    log.fatal({ err: { message: e.message, stack: e.stack } }, 'could not start');
  }
  process.exit(1);
}
