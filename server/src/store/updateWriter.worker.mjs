/**
 * The document-update writer: its own SQLite connection on a worker thread, so that waiting for
 * the disk (synchronous=FULL: every commit is fsynced) never stalls the event loop that relays
 * edits. It receives already-encrypted rows, writes each batch in one transaction and answers with
 * the last seq of each document's run only once the commit is on disk.
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
const insert = db.prepare('INSERT INTO doc_updates (doc_name, data, bytes) VALUES (?, ?, ?)');
const write = db.transaction((batches) =>
  batches.map(({ docName, rows }) => {
    let last = 0;
    for (const { data, bytes } of rows) {
      // Buffers arrive as plain Uint8Arrays; SQLite binds Buffers as blobs.
      const blob = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      last = Number(insert.run(docName, blob, bytes).lastInsertRowid);
    }
    return last;
  }),
);

parentPort.on('message', (message) => {
  if (message.type === 'close') {
    db.close();
    parentPort.postMessage({ type: 'closed' });
    return;
  }
  try {
    parentPort.postMessage({ type: 'written', id: message.id, lasts: write.immediate(message.batches) });
  } catch (err) {
    parentPort.postMessage({ type: 'failed', id: message.id, message: String(err && err.message) });
  }
});
