/**
 * The durable path of one document room: accepted updates are queued, stored (one commit for the
 * batch, shared with other rooms' batches by the commit queue), and only once stored applied to the
 * document, which broadcasts them. Also the room's stored size and compaction.
 */
import * as Y from 'yjs';
import { CloseCode, LIMITS } from '@cb/shared/protocol';
import type { Logger } from '../logger.ts';
import type { DocumentsPort } from '../store/Store.ts';
import type { PresenceIdentity } from './awarenessFilter.ts';
import { extendReach } from './integrable.ts';
import type { LoadedRoom } from './roomLoad.ts';
import { DocumentClosedError, type ChangedTypes, type SharedType, type SyncConnection } from './roomTypes.ts';

/** The origin of updates the server makes itself: no connection, so every connection gets them. */
export const SERVER_ORIGIN = Symbol('server');

export interface RoomWritesOptions {
  name: string;
  doc: Y.Doc;
  store: Pick<DocumentsPort, 'compact'>;
  log: Logger;
  compactAfterUpdates: number;
  /** Where accepted updates are made durable (shared with other rooms for group commit). */
  commit: (docName: string, updates: Uint8Array[]) => Promise<number>;
  /** Told after a batch has been stored and applied, with who sent it and what it changed. */
  onChanged: (doc: Y.Doc, senders: (PresenceIdentity | null)[], changed: ChangedTypes) => void;
  /** Told when batch `id` (see `RoomWrites.lastPendingBatch`) is done: applied, or dropped. */
  onSettled: (id: number) => void;
}

interface Queued {
  update: Uint8Array;
  /** The sender, or null for a change the server made (see `change`). */
  conn: SyncConnection | null;
  /** For the server's own changes: told when the update is stored and applied, or failed. */
  settle?: (err: Error | null) => void;
  /** Per client, the clock a client's update brings the document to (see integrable.ts). */
  ends?: Map<number, number>;
  /** Already applied and broadcast before storing (the benchmark's broadcast-first reference). */
  applied?: boolean;
}

export class RoomWrites {
  private queue: Queued[] = [];
  private queuedBytes = 0;
  /** Per client, how far updates accepted but not yet applied (queued, or being stored) reach. */
  ahead = new Map<number, number>();
  private flushScheduled = false;
  /** The id the queued updates will be stored under; the batch before it may be in flight. */
  private nextBatch = 1;
  private flushing: Promise<void> | null = null;
  private storedCount = 0;
  private storedBytes = 0;
  private lastSeq = 0;
  private compacting = false;
  private destroyed = false;
  /** While a stored batch is applied: every type it changed, with the keys (see ChangedTypes). */
  private touched: Map<SharedType, Set<string | null>> | null = null;
  private readonly name: string;
  private readonly doc: Y.Doc;
  private readonly log: Logger;

  constructor(private readonly o: RoomWritesOptions) {
    this.name = o.name;
    this.doc = o.doc;
    this.log = o.log;
    this.doc.on('afterTransaction', (tr: Y.Transaction) => {
      const touched = this.touched;
      if (!touched) return;
      for (const [type, keys] of tr.changed) {
        const known = touched.get(type);
        if (known) for (const key of keys) known.add(key);
        else touched.set(type, new Set(keys));
      }
    });
  }

  /** What the store held when the room loaded. */
  loaded(from: LoadedRoom): void {
    this.storedCount = from.storedCount;
    this.storedBytes = from.storedBytes;
    this.lastSeq = from.lastSeq;
  }

  get pending(): boolean {
    return this.queue.length > 0 || this.flushing !== null;
  }

  /** The batch that holds the latest update accepted so far, once settled; 0 when none is pending. */
  get lastPendingBatch(): number {
    if (this.queue.length > 0) return this.nextBatch;
    return this.flushing ? this.nextBatch - 1 : 0;
  }

  /** Whether `bytes` more would take the document past its size limit. */
  wouldExceed(bytes: number): boolean {
    return this.storedBytes + this.queuedBytes + bytes > LIMITS.maxDocumentBytes;
  }

  /** A client's update, checked (see acceptWrite.ts); `applied` only for broadcast-first. */
  accept(conn: SyncConnection, update: Uint8Array, ends: Map<number, number>, applied: boolean): void {
    if (applied) this.queue.push({ conn, update, applied: true });
    else {
      this.queue.push({ conn, update, ends });
      extendReach(this.ahead, ends);
    }
    this.queuedBytes += update.byteLength;
    this.scheduleFlush();
  }

  /** The server's own update; resolves once stored and applied. */
  acceptFromServer(update: Uint8Array): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ conn: null, update, settle: (err) => (err ? reject(err) : resolve()) });
      this.queuedBytes += update.byteLength;
      this.scheduleFlush();
    });
  }

  /**
   * Flushes once the current callback is done: the frames of one socket read (and the server's
   * changes of one tick) go as one batch, and the commit queue gathers every room's batches of this
   * turn of the event loop into one transaction.
   */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    process.nextTick(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  /** Writes every queued update in one transaction, then applies (and so broadcasts) them. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.queue.length === 0) return;
    const batch = this.queue;
    const id = this.nextBatch++;
    this.queue = [];
    this.queuedBytes = 0;
    this.flushing = this.storeThenApply(batch).finally(() => this.o.onSettled(id));
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
      // The batch is in the document now (or was dropped): only what is still queued is ahead of it.
      this.ahead = new Map();
      for (const q of this.queue) if (q.ends) extendReach(this.ahead, q.ends);
    }
    if (this.storedCount > this.o.compactAfterUpdates) void this.compact();
  }

  private async storeThenApply(batch: Queued[]): Promise<void> {
    try {
      this.lastSeq = await this.o.commit(
        this.name,
        batch.map((b) => b.update),
      );
    } catch (err) {
      // Not durable, so not acknowledged: drop the senders; their providers resend on reconnect.
      this.log.error({ doc: this.name, err: (err as Error).message }, 'could not store updates');
      for (const conn of new Set(batch.map((b) => b.conn))) conn?.close(CloseCode.serverShutdown);
      for (const b of batch) b.settle?.(new Error('The change could not be saved.'));
      return;
    }
    this.storedCount += batch.length;
    let applied = 0;
    const senders = new Set<PresenceIdentity | null>();
    const touched = new Map<SharedType, Set<string | null>>();
    this.touched = touched;
    for (const { conn, update, settle, applied: early } of batch) {
      this.storedBytes += update.byteLength;
      try {
        if (!early) Y.applyUpdate(this.doc, update, conn ?? SERVER_ORIGIN);
        applied++;
        senders.add(conn?.identity ?? null);
        settle?.(null);
      } catch (err) {
        // Accepted as integrable but it would not apply: the sender is out of step.
        this.log.warn({ doc: this.name, err: (err as Error).message }, 'an update could not be applied');
        conn?.close(CloseCode.malformed);
        settle?.(err as Error);
      }
    }
    this.touched = null;
    if (applied > 0) this.o.onChanged(this.doc, [...senders], touched);
  }

  /** Folds every stored update into one. Safe at any time outside a flush. */
  async compact(): Promise<void> {
    if (this.compacting || this.destroyed || this.storedCount <= 1) return;
    this.compacting = true;
    try {
      await this.flush();
      // Discarded meanwhile (its records are being purged): writing the merged state back would undo that.
      if (this.destroyed) return;
      const merged = Y.encodeStateAsUpdate(this.doc);
      const upto = this.lastSeq;
      await this.o.store.compact(this.name, merged, upto);
      this.storedCount = 1;
      this.storedBytes = merged.byteLength;
    } catch (err) {
      this.log.error({ doc: this.name, err: (err as Error).message }, 'compaction failed; will retry');
    } finally {
      this.compacting = false;
    }
  }

  /** Nothing more is written: what is queued is dropped, its waiters told. */
  discard(): void {
    this.destroyed = true;
    for (const q of this.queue) q.settle?.(new DocumentClosedError());
    this.queue = [];
  }

  /** Everything stored and compacted; nothing more will be written. */
  async close(): Promise<void> {
    await this.flush();
    await this.compact();
    this.destroyed = true;
  }
}
