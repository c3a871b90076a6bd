/**
 * A real server on port 0 with a fresh temp data dir, for integration tests. Always call `stop`
 * (it removes the data dir unless `keepData`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '@cb/server/src/app.ts';
import { bootstrapAdmin } from '@cb/server/src/auth/staff.ts';
import { loadConfig, type Config } from '@cb/server/src/config.ts';
import { createLogger, type Logger } from '@cb/server/src/logger.ts';

export const ADMIN = { email: 'admin@example.test', password: 'not-a-real-password-1234' };

export interface TestServer {
  server: RunningServer;
  url: string;
  origin: string;
  dataDir: string;
  config: Config;
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export async function startTestServer(
  overrides: Partial<Config> = {},
  dataDir?: string,
  logger?: Logger,
): Promise<TestServer> {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cb-test-'));
  // CB_TEST_LOG=warn (or debug, …) shows an in-process server's log while chasing a failure.
  const logLevel = process.env.CB_TEST_LOG ?? 'silent';
  const loaded = loadConfig(
    { PORT: '0', HOST: '127.0.0.1', CB_DATA_DIR: dir, LOG_LEVEL: logLevel, CB_DEMO: 'off' },
    process.cwd(),
  );
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  const config: Config = { ...loaded.config, docIdleMs: 200, ...overrides };
  const server = await startServer(config, logger ?? createLogger(config.logLevel));
  await bootstrapAdmin(server.deps.store, ADMIN.email, ADMIN.password);
  return {
    server,
    url: server.url,
    origin: server.url,
    dataDir: dir,
    config,
    stop: async (options) => {
      await server.close();
      if (!options?.keepData) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
