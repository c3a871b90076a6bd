/**
 * `npm run verify:snapshots`: checks every conference's snapshot chain in the store under
 * CB_DATA_DIR (with the data key from CB_DATA_KEY or the data dir's key file) and prints a plain
 * report. Exit code 0: every chain is intact; 1: at least one row failed (each named by
 * conference and seq); 2: the check could not be run (settings, no store, no key).
 * Run it with the server stopped or running: it only reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.ts';
import { createCipher, loadDataKey } from '../crypto.ts';
import { formatChainReport, verifySnapshotChains } from '../snapshots/verify.ts';
import { SqliteStore } from '../store/SqliteStore.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const out = (text: string) => process.stdout.write(text);
const cannot = (why: string): never => {
  process.stderr.write(`The snapshots could not be checked: ${why}\n`);
  process.exit(2);
};

const loaded = loadConfig(process.env, repoRoot);
if (!loaded.ok) cannot(`the settings are not valid:\n${loaded.problems.map((p) => `  - ${p}`).join('\n')}`);
const config = loaded.ok ? loaded.config : cannot('the settings are not valid');
const file = path.join(config.dataDir, 'conference-board.sqlite');
if (!fs.existsSync(file)) cannot(`there is no store at ${file} (set CB_DATA_DIR to the server's data dir).`);
// Never create a key here: a new key could read nothing, and would stop the server reading its data.
if (!config.dataKey && !fs.existsSync(path.join(config.dataDir, 'data.key'))) {
  cannot(`no data key: set CB_DATA_KEY, or keep the key file data.key in ${config.dataDir}.`);
}

let store: SqliteStore | null = null;
try {
  store = new SqliteStore(file, createCipher(loadDataKey(config.dataKey, config.dataDir).key));
  out(`Checking snapshot chains in ${file}\n`);
  const report = await verifySnapshotChains(store);
  out(formatChainReport(report));
  await store.close();
  process.exit(report.problems.length === 0 ? 0 : 1);
} catch (err) {
  await store?.close().catch(() => undefined);
  cannot((err as Error).message);
}
