/**
 * `npm start` / `npm run serve`: validate the environment, open the store, create the first admin
 * and the demo conference on first start, serve, and shut down cleanly on SIGINT/SIGTERM.
 * Console output here is for the person who started the server; logs go through pino.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './app.ts';
import { bootstrapAdmin, DEFAULT_ADMIN_EMAIL } from './auth/staff.ts';
import { loadConfig } from './config.ts';
import { createDemoConference } from './demo.ts';
import { createLogger } from './logger.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const say = (line = '') => process.stdout.write(`${line}\n`);

const loaded = loadConfig(process.env, repoRoot);
if (!loaded.ok) {
  process.stderr.write(
    `Conference Board cannot start because of its settings:\n${loaded.problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every setting.\n`,
  );
  process.exit(1);
}
const config = loaded.config;
const log = createLogger(config.logLevel);

try {
  let admin: Awaited<ReturnType<typeof bootstrapAdmin>> | undefined;
  let demo: Awaited<ReturnType<typeof createDemoConference>> | undefined;
  const server = await startServer(config, log, undefined, async (deps) => {
    admin = await bootstrapAdmin(deps.store, config.adminEmail, config.adminPassword);
    if (admin.created && config.demo) demo = await createDemoConference(deps.store, admin.user);
  });
  if (!admin) throw new Error('the first admin was not prepared');
  const base = config.publicUrl ?? `http://localhost:${server.port}`;
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
  say();

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
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EADDRINUSE') {
    process.stderr.write(
      `Port ${config.port} is already in use. Set PORT to another port, e.g. PORT=8081 npm start\n`,
    );
  } else {
    log.fatal({ err: { message: e.message, stack: e.stack } }, 'could not start');
  }
  process.exit(1);
}
