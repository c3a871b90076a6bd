/**
 * Document updates written on the main thread, made durable by ONE fdatasync of the WAL file for
 * everything written since the last one (group commit), on libuv's thread pool so the event loop
 * never waits for the disk.
 *
 * The writer has its own connection with synchronous=NORMAL: a commit lands in the WAL (the page
 * cache) without a sync, and the WAL is never checkpointed by it (wal_autocheckpoint=0), so every
 * byte of every committed row is in that one file until a checkpoint, which syncs the WAL before
 * copying from it (walCheckpointer.worker.mjs runs them off the main thread). A write's promise
 * resolves only once an fdatasync of the WAL that STARTED after its commit has returned: then its
 * frames (and the WAL header, the same file) are on disk, as synchronous=FULL would have left
 * them, without a copy of the rows to another thread and without a thread hop per batch.
 *
 * Rows committed but not yet synced are visible to the main connection: `durable()` waits for
 * them, and the loads of documents call it first, so nothing unsynced is ever served.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import type { SealedUpdateRow } from '../ports/documents.ts';
import { bound } from './rows.ts';
import { WalCheckpointer } from './WalCheckpointer.ts';

export interface SealedBatch {
  docName: string;
  row: SealedUpdateRow | null;
}

/** How a file's writes are made durable: fs.fdatasync unless a test watches it. */
export type SyncFile = (fd: number, done: (err: Error | null) => void) => void;

interface Waiter {
  /** The write count once this one was committed: any sync started at or after it covers it. */
  written: number;
  resolve: () => void;
  reject: (err: Error) => void;
}

/** Checkpoint once this many bytes have gone into the WAL since the last one (≈ 1000 pages). */
const CHECKPOINT_BYTES = 4 * 1024 * 1024;

export class WalWriter {
  private readonly db: Database.Database;
  private readonly commit: (batches: SealedBatch[]) => number[];
  private readonly walPath: string;
  private wal: { fd: number; ino: number } | null = null;
  /** Commits made, and how many of them an fdatasync has covered. */
  private written = 0;
  private syncedUpto = 0;
  private syncing = false;
  /** A failed fdatasync: the disk may have dropped what it was given, so nothing more is taken. */
  private broken: Error | null = null;
  private waiters: Waiter[] = [];
  private sinceCheckpoint = 0;
  readonly checkpointer: WalCheckpointer;
  private closed = false;

  constructor(
    file: string,
    private readonly syncFile: SyncFile = fs.fdatasync,
  ) {
    this.walPath = `${file}-wal`;
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('wal_autocheckpoint = 0');
    this.db.pragma('busy_timeout = 5000');
    const insert = this.db.prepare(
      'INSERT INTO doc_updates (doc_name, data, bytes, frames) VALUES (?, ?, ?, ?)',
    );
    const txn = this.db.transaction((batches: SealedBatch[]) =>
      batches.map(({ docName, row }) => {
        if (!row) return 0;
        this.sinceCheckpoint += row.data.byteLength;
        return Number(insert.run(docName, bound(row.data), row.bytes, row.frames).lastInsertRowid);
      }),
    );
    this.commit = (batches) => txn.immediate(batches);
    this.checkpointer = new WalCheckpointer(file);
  }

  /**
   * Commits the rows in one transaction now (a failure rejects and writes none); resolves with
   * each row's seq once they are on disk.
   */
  async write(batches: SealedBatch[]): Promise<number[]> {
    if (this.closed) throw new Error('could not store updates: the store is closed');
    if (this.broken) throw this.broken;
    let seqs: number[];
    try {
      seqs = this.commit(batches);
    } catch (err) {
      throw new Error(`could not store updates: ${err instanceof Error ? err.message : String(err)}`);
    }
    // Nothing new to sync: answered once what came before it is, so answers keep their order.
    if (seqs.every((seq) => seq === 0)) await this.durable();
    else {
      this.written++;
      await this.synced();
    }
    return seqs;
  }

  /** Resolves once everything committed so far is on disk. */
  durable(): Promise<void> {
    if (this.broken) return Promise.reject(this.broken);
    return this.syncedUpto === this.written ? Promise.resolve() : this.synced();
  }

  private synced(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiters.push({ written: this.written, resolve, reject });
      if (!this.syncing) this.sync();
    });
  }

  /** The WAL's descriptor, reopened if the file was replaced (its inode changed). */
  private walFd(): number {
    const ino = fs.statSync(this.walPath).ino;
    if (this.wal?.ino === ino) return this.wal.fd;
    if (this.wal) fs.closeSync(this.wal.fd);
    const fd = fs.openSync(this.walPath, 'r');
    this.wal = { fd, ino: fs.fstatSync(fd).ino };
    if (this.wal.ino !== ino) return this.walFd();
    return fd;
  }

  private sync(): void {
    const upto = this.written;
    const covered = (w: Waiter) => w.written <= upto;
    const settle = (err: Error | null) => {
      this.syncing = false;
      if (err) this.broken ??= new Error(`could not store updates: ${err.message}`);
      else this.syncedUpto = upto;
      const done = this.waiters.filter(covered);
      this.waiters = this.waiters.filter((w) => !covered(w));
      for (const w of done) {
        if (this.broken) w.reject(this.broken);
        else w.resolve();
      }
      if (this.broken) {
        for (const w of this.waiters.splice(0)) w.reject(this.broken);
        return;
      }
      if (this.waiters.length > 0) this.sync();
      else if (!err && this.sinceCheckpoint >= CHECKPOINT_BYTES) {
        this.sinceCheckpoint = 0;
        this.checkpointer.request();
      }
    };
    this.syncing = true;
    let fd: number;
    try {
      fd = this.walFd();
    } catch (err) {
      queueMicrotask(() => settle(err instanceof Error ? err : new Error(String(err))));
      return;
    }
    this.syncFile(fd, settle);
  }

  /** Waits for the writes already made to be on disk, then closes. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.durable().catch(() => undefined);
    await this.checkpointer.close();
    if (this.wal) fs.closeSync(this.wal.fd);
    this.wal = null;
    this.db.close();
  }
}
