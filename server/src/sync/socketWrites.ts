/**
 * How a message leaves for a sync socket, at the least cost per recipient:
 *
 * - Framed once. A server's WebSocket frames are not masked, so a message broadcast to fifteen
 *   connections is the same bytes on every socket: its frame (RFC 6455 §5.2: FIN + binary opcode,
 *   the payload length, the payload) is built once, remembered against the message, and written
 *   as it is to each socket. Written straight to the socket, after everything `ws` wrote before
 *   it: `ws` writes each of its own frames (pings, the close frame) whole and in order, and with no
 *   permessage-deflate (the server does not offer it) it never holds a data frame back.
 * - One system call per socket per tick. A socket's first message in a tick corks it, and every
 *   corked socket is uncorked once the tick's work is done, so the updates and presence a reader
 *   gets from one batch leave in one `writev`. Nothing waits for a later turn of the event loop:
 *   the uncork runs before the loop goes back to I/O.
 */
import type { Duplex } from 'node:stream';

const OPCODE_BINARY_FIN = 0x82;
/** The last message framed and its frame: a broadcast sends one message to every socket in turn. */
let lastMessage: Uint8Array | null = null;
let lastFrame: Buffer | null = null;
const corked: Duplex[] = [];

/** The unmasked binary WebSocket frame carrying `payload`, header and payload in one buffer. */
export function binaryFrame(payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  const header = length < 126 ? 2 : length < 0x10000 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = OPCODE_BINARY_FIN;
  if (header === 2) frame[1] = length;
  else if (header === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(payload, header);
  return frame;
}

function frameOf(message: Uint8Array): Buffer {
  if (message !== lastMessage || !lastFrame) {
    lastFrame = binaryFrame(message);
    lastMessage = message;
  }
  return lastFrame;
}

function release(): void {
  for (const socket of corked) socket.uncork();
  corked.length = 0;
  // Not kept past the tick: nothing holds on to a sent message.
  lastMessage = null;
  lastFrame = null;
}

/** Writes `message` as one binary frame to the socket of an open WebSocket, with the tick's other writes. */
export function sendFrame(socket: Duplex, message: Uint8Array): void {
  if (socket.destroyed) return;
  // Corked once per tick (writableCorked counts corks, and only this module corks sync sockets).
  if (socket.writableCorked === 0) {
    socket.cork();
    corked.push(socket);
    if (corked.length === 1) process.nextTick(release);
  }
  socket.write(frameOf(message));
}
