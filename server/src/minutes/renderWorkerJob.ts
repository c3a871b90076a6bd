/** On the worker thread: takes render jobs, answers each with its bytes or a short failure. */
import { parentPort } from 'node:worker_threads';
import { renderExport, type RenderJob } from './render.ts';

interface Incoming {
  id: number;
  job: RenderJob;
}

const port = parentPort;
if (!port) throw new Error('renderWorkerJob.ts runs on a worker thread');

port.on('message', ({ id, job }: Incoming) => {
  renderExport(job).then(
    (body) => {
      if (typeof body === 'string') port.postMessage({ id, ok: true, body });
      else {
        // A copy that owns its memory can be handed over rather than copied again.
        const bytes = new Uint8Array(body);
        port.postMessage({ id, ok: true, body: bytes }, [bytes.buffer]);
      }
    },
    (err: unknown) => port.postMessage({ id, ok: false, message: (err as Error).message ?? String(err) }),
  );
});
port.postMessage({ ready: true });
