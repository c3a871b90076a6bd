/**
 * The main thread's side of updateWriter.worker.mjs: batches in, last seqs out, in order. If the
 * worker dies, every waiting write fails (its senders are closed and resend on reconnect) and the
 * next write starts a new worker.
 */
import { Worker } from 'node:worker_threads';

export interface EncryptedBatch {
  docName: string;
  rows: { data: Buffer; bytes: number }[];
}

type Reply =
  | { type: 'written'; id: number; lasts: number[] }
  | { type: 'failed'; id: number; message: string }
  | { type: 'closed' };

export class UpdateWriter {
  private worker: Worker | null = null;
  private nextId = 1;
  private inFlight = false;
  private queued: {
    batches: EncryptedBatch[];
    resolve: (lasts: number[]) => void;
    reject: (err: Error) => void;
  }[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (l: number[]) => void; reject: (e: Error) => void }
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
      if (reply.type === 'written') waiter?.resolve(reply.lasts);
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
   * when it answers (one transaction, one fsync, one message for all of it).
   */
  write(batches: EncryptedBatch[]): Promise<number[]> {
    return new Promise((resolve, reject) => {
      this.queued.push({ batches, resolve, reject });
      if (!this.inFlight) this.sendQueued();
    });
  }

  private sendQueued(): void {
    const group = this.queued;
    this.queued = [];
    if (group.length === 0) return;
    const worker = this.start();
    const id = this.nextId++;
    this.inFlight = true;
    const done = () => {
      this.inFlight = false;
      this.sendQueued();
    };
    this.waiting.set(id, {
      resolve: (lasts) => {
        let at = 0;
        for (const g of group) {
          g.resolve(lasts.slice(at, at + g.batches.length));
          at += g.batches.length;
        }
        done();
      },
      reject: (err) => {
        for (const g of group) g.reject(err);
        done();
      },
    });
    worker.postMessage({ type: 'write', id, batches: group.flatMap((g) => g.batches) });
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
