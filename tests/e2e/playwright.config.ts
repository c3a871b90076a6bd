/**
 * End-to-end tests in Debian's Chromium (`/usr/bin/chromium`; Playwright cannot download browsers
 * here). The server runs from source with a fresh temp data dir and the demo on (its fictional
 * conference is used to check what the family may see).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { E2E_ADMIN, E2E_BASE_URL, E2E_PORT } from './support/env.ts';

export { E2E_ADMIN, E2E_PORT };
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-e2e-'));
const repoRoot = path.resolve(import.meta.dirname, '../..');

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: path.join(repoRoot, 'test-results'),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: E2E_BASE_URL,
    browserName: 'chromium',
    viewport: { width: 1920, height: 1080 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: 'node --import tsx server/src/main.ts',
    cwd: repoRoot,
    url: `http://127.0.0.1:${E2E_PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      HOST: '127.0.0.1',
      CB_DATA_DIR: dataDir,
      CB_ADMIN_EMAIL: E2E_ADMIN.email,
      CB_ADMIN_PASSWORD: E2E_ADMIN.password,
      CB_DEMO: 'on',
      LOG_LEVEL: 'warn',
    },
  },
});
