/**
 * A client child process of the sync benchmark: holds the stock providers of its share of the
 * conferences (workload.ts) and answers the orchestrator (sync.ts) over the IPC channel, so the
 * generator's CPU is never the server's and its lag is reported as its own.
 *
 * Requests: connect {rooms, seed, rampMs} → connected; phase {seconds, measured, index} → the
 * PhaseResult; close → closed. Anything that fails → {type: 'error', message}.
 */
import type { RoomSpec } from './rooms.ts';
import { Workload } from './workload.ts';

type Request =
  | { type: 'connect'; rooms: RoomSpec[]; seed: number; rampMs: number }
  | { type: 'phase'; seconds: number; measured: boolean; index: number }
  | { type: 'close' };

// Each y-websocket provider adds a process 'exit' listener.
process.setMaxListeners(0);
let workload: Workload | null = null;

function reply(message: unknown): void {
  process.send?.(message);
}

process.on('message', (raw: unknown) => {
  const request = raw as Request;
  void (async () => {
    try {
      if (request.type === 'connect') {
        workload?.close();
        workload = new Workload(request.rooms, request.seed);
        await workload.connect(request.rampMs);
        reply({ type: 'connected' });
      } else if (request.type === 'phase') {
        if (!workload) throw new Error('not connected');
        reply({
          type: 'phase',
          result: await workload.phase(request.seconds, request.measured, request.index),
        });
      } else {
        workload?.close();
        workload = null;
        reply({ type: 'closed' });
      }
    } catch (err) {
      reply({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  })();
});
process.on('disconnect', () => process.exit(0));
