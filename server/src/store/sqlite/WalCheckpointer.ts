/**
 * The main thread's side of walCheckpointer.worker.mjs: at most one checkpoint asked for at a time
 * (a request while one runs is folded into one more after it). A checkpoint that fails is only
 * late: the WAL keeps every committed row until a later one succeeds. The worker starts on the
 * first request, and again after it stops.
 */
import { Worker } from 'node:worker_threads';

type Reply =
  | { type: 'checkpointed'; busy: number; log: number; checkpointed: number }
  | { type: 'failed'; message: string }
  | { type: 'closed' };

export class WalCheckpointer {
  private worker: Worker | null = null;
  private running = false;
  private again = false;
  private closed = false;
  /** Called after each checkpoint with SQLite's answer (tests watch it). */
  onCheckpoint: (reply: Reply) => void = () => undefined;

  constructor(private readonly file: string) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./walCheckpointer.worker.mjs', import.meta.url), {
      workerData: { file: this.file },
    });
    worker.on('message', (reply: Reply) => {
      if (reply.type === 'closed') return;
      this.running = false;
      this.onCheckpoint(reply);
      if (this.again) this.request();
    });
    const stopped = () => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.running = false;
    };
    worker.on('error', stopped);
    worker.on('exit', stopped);
    this.worker = worker;
    return worker;
  }

  request(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.again = false;
    this.running = true;
    try {
      this.start().postMessage({ type: 'checkpoint' });
    } catch {
      this.running = false;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    await new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      worker.on('message', (reply: Reply) => {
        if (reply.type === 'closed') void worker.terminate();
      });
      worker.postMessage({ type: 'close' });
    });
  }
}
