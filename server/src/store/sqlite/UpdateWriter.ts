/**
 * The main thread's side of updateWriter.worker.mjs: rows in, seqs out, in order. If the worker
 * dies, every waiting write fails (its senders are closed and resend on reconnect) and the next
 * write starts a new worker.
 *
 * The sealed rows are TRANSFERRED to the worker, not copied: each one that owns its whole
 * ArrayBuffer (the Cipher seals into a fresh one) goes in the message's transfer list and is
 * detached here. A Buffer that is a slice of a bigger ArrayBuffer (Node's shared pool for small
 * Buffers, above all) is copied instead: transferring its ArrayBuffer would detach the pool.
 */
import { Worker } from 'node:worker_threads';
import type { SealedUpdateRow } from '../ports/documents.ts';

export interface SealedBatch {
  docName: string;
  row: SealedUpdateRow | null;
}

type Reply =
  | { type: 'written'; id: number; seqs: number[] }
  | { type: 'failed'; id: number; message: string }
  | { type: 'closed' };

/** The ArrayBuffers that may be moved to the worker: those a row's data covers exactly. */
export function transferable(batches: SealedBatch[]): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const { row } of batches) {
    const data = row?.data;
    if (!data || !(data.buffer instanceof ArrayBuffer)) continue;
    if (data.byteOffset === 0 && data.byteLength === data.buffer.byteLength) out.add(data.buffer);
  }
  return [...out];
}

export class UpdateWriter {
  private worker: Worker | null = null;
  private nextId = 1;
  private inFlight = false;
  private queued: {
    batches: SealedBatch[];
    resolve: (seqs: number[]) => void;
    reject: (err: Error) => void;
  }[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (seqs: number[]) => void; reject: (e: Error) => void }
  >();

  constructor(private readonly file: string) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./updateWriter.worker.mjs', import.meta.url), {
      workerData: { file: this.file },
    });
    worker.on('message', (reply: Reply) => {
      if (reply.type === 'closed') return;
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.type === 'written') waiter?.resolve(reply.seqs);
      else waiter?.reject(new Error(`could not store updates: ${reply.message}`));
    });
    const fail = (err: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      for (const w of this.waiting.values()) w.reject(err);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the update writer stopped (${code})`)));
    this.worker = worker;
    return worker;
  }

  /**
   * One write in flight at a time: whatever arrives meanwhile goes to the worker as one batch
   * when it answers (one transaction, one fsync, one message for all of it). Takes ownership of
   * the rows' data (see above).
   */
  write(batches: SealedBatch[]): Promise<number[]> {
    return new Promise((resolve, reject) => {
      this.queued.push({ batches, resolve, reject });
      if (!this.inFlight) this.sendQueued();
    });
  }

  private sendQueued(): void {
    const group = this.queued;
    this.queued = [];
    if (group.length === 0) return;
    const id = this.nextId++;
    this.inFlight = true;
    const done = () => {
      this.inFlight = false;
      this.sendQueued();
    };
    this.waiting.set(id, {
      resolve: (seqs) => {
        let at = 0;
        for (const g of group) {
          g.resolve(seqs.slice(at, at + g.batches.length));
          at += g.batches.length;
        }
        done();
      },
      reject: (err) => {
        for (const g of group) g.reject(err);
        done();
      },
    });
    const batches = group.flatMap((g) => g.batches);
    try {
      this.start().postMessage({ type: 'write', id, batches }, transferable(batches));
    } catch (err) {
      // Nothing was sent (e.g. a worker that cannot start): every waiter of this group fails.
      const waiter = this.waiting.get(id);
      this.waiting.delete(id);
      waiter?.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    // Writes already sent are answered before the close message is read.
    await new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      worker.postMessage({ type: 'close' });
      worker.once('message', (reply: Reply) => {
        if (reply.type === 'closed') void worker.terminate();
      });
    });
    this.worker = null;
  }
}
