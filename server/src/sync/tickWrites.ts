/**
 * One socket write per socket per tick: a socket's first message in a tick corks it, and every
 * corked socket is uncorked once the tick's work is done, so the updates and presence a reader
 * gets from one batch leave in one `writev` rather than one system call each. Nothing waits for
 * a later turn of the event loop: the uncork runs before the loop goes back to I/O.
 */
import type { Duplex } from 'node:stream';

const corked = new Set<Duplex>();

function release(): void {
  for (const socket of corked) socket.uncork();
  corked.clear();
}

export function holdWritesForThisTick(socket: Duplex): void {
  if (corked.has(socket) || socket.destroyed) return;
  socket.cork();
  corked.add(socket);
  if (corked.size === 1) process.nextTick(release);
}
