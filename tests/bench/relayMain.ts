/**
 * Runs the bare y-websocket relay in its own process for the sync benchmark: listens on
 * 127.0.0.1 and an ephemeral port, prints `{"port":N}` on stdout, and exits on SIGTERM/SIGINT or
 * when its parent goes away (stdin closes).
 */
import { startRelay } from './relay.ts';

const relay = await startRelay(Number(process.env.PORT ?? 0));
process.stdout.write(`${JSON.stringify({ port: relay.port })}\n`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  relay.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
