/**
 * The document-update writer: its own SQLite connection on a worker thread, so that waiting for
 * the disk (synchronous=FULL: every commit is fsynced) never stalls the event loop that relays
 * edits. It receives already-sealed rows (one per document per batch, their buffers transferred,
 * not copied), writes each message's rows in one transaction and answers with each row's seq only
 * once the commit is on disk (0 for a batch without a row).
 * Every transaction is IMMEDIATE (the write lock first, then any read), as on the main thread's
 * connection, so neither side's commit can make the other's transaction fail with SQLITE_BUSY.
 * Plain JavaScript: worker threads start without the TypeScript loader.
 */
import { Buffer } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const db = new Database(workerData.file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
const insert = db.prepare('INSERT INTO doc_updates (doc_name, data, bytes, frames) VALUES (?, ?, ?, ?)');
const write = db.transaction((batches) =>
  batches.map(({ docName, row }) => {
    if (!row) return 0;
    const { data, bytes, frames } = row;
    // Buffers arrive as plain Uint8Arrays; SQLite binds Buffers as blobs (this one is a view, no copy).
    const blob = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return Number(insert.run(docName, blob, bytes, frames).lastInsertRowid);
  }),
);

parentPort.on('message', (message) => {
  if (message.type === 'close') {
    db.close();
    parentPort.postMessage({ type: 'closed' });
    return;
  }
  try {
    parentPort.postMessage({ type: 'written', id: message.id, seqs: write.immediate(message.batches) });
  } catch (err) {
    parentPort.postMessage({ type: 'failed', id: message.id, message: String(err && err.message) });
  }
});
