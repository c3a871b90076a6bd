/**
 * Export rendering on worker threads. Laying out a big board as a PDF or Word file takes whole
 * seconds of CPU; done on the event loop, eight at once stalled every live conference on the
 * server. Here each job runs on one of a few workers (started when first needed), the rest wait
 * in a bounded queue, and past that the export is refused plainly (503) rather than piling up.
 *
 * A worker that crashes or takes too long is replaced; only its own job fails.
 */
import { Worker } from 'node:worker_threads';
import { DomainError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { RenderJob } from './render.ts';

const WORKER_URL = new URL('./renderWorker.mjs', import.meta.url);

interface Task {
  id: number;
  job: RenderJob;
  resolve: (body: string | Buffer) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

type Reply =
  | { ready: true }
  | { id: number; ok: true; body: string | Uint8Array }
  | { id: number; ok: false; message: string };

export interface RenderPoolOptions {
  workers: number;
  /** Jobs that may wait for a worker; more than this are refused. */
  maxWaiting?: number;
  /** A job that runs longer than this is abandoned and its worker replaced. */
  jobTimeoutMs?: number;
}

export class RenderPool {
  private readonly slots = new Set<Slot>();
  private readonly waiting: Task[] = [];
  private nextId = 1;
  private closed = false;
  private readonly maxWaiting: number;
  private readonly jobTimeoutMs: number;

  constructor(
    private readonly options: RenderPoolOptions,
    private readonly log: Logger,
  ) {
    this.maxWaiting = options.maxWaiting ?? 32;
    this.jobTimeoutMs = options.jobTimeoutMs ?? 120_000;
  }

  /** Renders one export on a worker; rejects with a plain 503 when too many are waiting. */
  run(job: RenderJob): Promise<string | Buffer> {
    if (this.closed)
      return Promise.reject(
        new DomainError('busy', 'SHUTTING_DOWN', 'The server is restarting. Please try again in a minute.'),
      );
    if (this.waiting.length >= this.maxWaiting) {
      return Promise.reject(
        new DomainError(
          'busy',
          'BUSY',
          'Many exports are being made at the moment. Please try again in a minute.',
        ),
      );
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, job, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker; jobs not finished fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.waiting.splice(0)) task.reject(new Error('The server is shutting down.'));
    await Promise.all(
      [...this.slots].map((slot) => this.retire(slot, new Error('The server is shutting down.'))),
    );
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      let slot = [...this.slots].find((s) => s.task === null);
      if (!slot && this.slots.size < this.options.workers) slot = this.spawn();
      if (!slot) return;
      const task = this.waiting.shift() as Task;
      slot.task = task;
      slot.worker.ref();
      slot.timer = setTimeout(() => {
        this.log.error(
          { jobTimeoutMs: this.jobTimeoutMs },
          'an export took too long; its worker was replaced',
        );
        void this.retire(slot as Slot, new Error('The export took too long.'));
      }, this.jobTimeoutMs);
      slot.worker.postMessage({ id: task.id, job: task.job });
    }
  }

  private spawn(): Slot {
    // Its own flags only: the worker registers tsx itself, whatever started this process.
    const worker = new Worker(WORKER_URL, { execArgv: [] });
    const slot: Slot = { worker, task: null, timer: null };
    this.slots.add(slot);
    worker.unref();
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) return;
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      this.finish(slot);
      if (reply.ok) task.resolve(typeof reply.body === 'string' ? reply.body : Buffer.from(reply.body));
      else {
        this.log.error({ err: reply.message }, 'an export could not be rendered');
        task.reject(new Error(reply.message));
      }
      this.pump();
    });
    worker.on('error', (err) => {
      this.log.error({ err: err.message }, 'an export worker failed');
      void this.retire(slot, err);
    });
    worker.on('exit', (code) => {
      if (this.slots.has(slot)) void this.retire(slot, new Error(`The export worker stopped (${code}).`));
    });
    return slot;
  }

  /** The slot's job is done: it may take the next one, and does not keep the process alive. */
  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
    slot.worker.unref();
  }

  private async retire(slot: Slot, err: Error): Promise<void> {
    if (!this.slots.delete(slot)) return;
    const task = slot.task;
    this.finish(slot);
    task?.reject(err);
    await slot.worker.terminate();
    if (!this.closed) this.pump();
  }
}
