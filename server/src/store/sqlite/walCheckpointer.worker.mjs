/**
 * Checkpoints of the WAL, off the main thread: the document writer's connection never runs them
 * (wal_autocheckpoint=0, see WalWriter.ts), so this connection copies the WAL back into the
 * database whenever it is asked to. PASSIVE: it never waits for, nor blocks, a writer or a reader;
 * SQLite syncs the WAL before copying from it and the database after (synchronous=FULL).
 * Plain JavaScript: worker threads start without the TypeScript loader.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const db = new Database(workerData.file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('wal_autocheckpoint = 0');
db.pragma('busy_timeout = 5000');

parentPort.on('message', (message) => {
  if (message.type === 'close') {
    db.close();
    parentPort.postMessage({ type: 'closed' });
    return;
  }
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ type: 'checkpointed', ...result });
  } catch (err) {
    parentPort.postMessage({ type: 'failed', message: String(err && err.message) });
  }
});
