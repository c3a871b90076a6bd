/**
 * A hand-rolled WebSocket client over a plain TCP socket, for frames the `ws` package refuses to
 * send (unmasked, reserved opcodes, bad lengths, broken close frames). It performs the upgrade,
 * writes the given raw bytes, and reports how the server ended the connection.
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';

export interface RawOutcome {
  /** The server's close code, 1005 for a close frame without one, 1006 when the TCP socket just ended. */
  code: number;
  /** The HTTP status of the upgrade answer (101 when it was accepted). */
  status: number;
}

/** One frame as a client would (or should not) write it. */
export function frame(options: {
  opcode: number;
  payload: Uint8Array;
  fin?: boolean;
  rsv?: number;
  masked?: boolean;
  /** Lie about the length: written in the header instead of the real one. */
  declaredLength?: bigint;
}): Buffer {
  const { opcode, payload } = options;
  const fin = options.fin ?? true;
  const masked = options.masked ?? true;
  const length = options.declaredLength ?? BigInt(payload.byteLength);
  const head: number[] = [(fin ? 0x80 : 0) | ((options.rsv ?? 0) << 4) | (opcode & 0x0f)];
  const maskBit = masked ? 0x80 : 0;
  if (length < 126n) head.push(maskBit | Number(length));
  else if (length < 65536n) head.push(maskBit | 126, Number(length >> 8n) & 0xff, Number(length) & 0xff);
  else {
    head.push(maskBit | 127);
    for (let shift = 56n; shift >= 0n; shift -= 8n) head.push(Number((length >> shift) & 0xffn));
  }
  if (!masked) return Buffer.concat([Buffer.from(head), payload]);
  const mask = randomBytes(4);
  const body = Buffer.from(payload);
  for (let i = 0; i < body.length; i++) body[i] = (body[i] ?? 0) ^ (mask[i % 4] ?? 0);
  return Buffer.concat([Buffer.from(head), mask, body]);
}

/** Reads the close code out of the server's (unmasked) frames, if a close frame arrived. */
function closeCodeIn(data: Buffer): number | null {
  let pos = 0;
  while (pos + 2 <= data.length) {
    const b0 = data[pos] ?? 0;
    const b1 = data[pos + 1] ?? 0;
    let len = b1 & 0x7f;
    let offset = pos + 2;
    if (len === 126) {
      if (offset + 2 > data.length) return null;
      len = data.readUInt16BE(offset);
      offset += 2;
    } else if (len === 127) {
      if (offset + 8 > data.length) return null;
      len = Number(data.readBigUInt64BE(offset));
      offset += 8;
    }
    if ((b0 & 0x0f) === 0x8) {
      if (len < 2) return 1005;
      return offset + 2 <= data.length ? data.readUInt16BE(offset) : null;
    }
    pos = offset + len;
  }
  return null;
}

/**
 * Upgrades `path` with `cookie`, then writes `bytes` (frames) once the server said 101, and
 * resolves with how the server ended it. Gives up after `timeoutMs` (code 0: still open).
 */
export function rawExchange(
  baseUrl: string,
  path: string,
  cookie: string,
  bytes: Buffer,
  timeoutMs = 5000,
): Promise<RawOutcome> {
  const url = new URL(baseUrl);
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port), url.hostname);
    let received = Buffer.alloc(0);
    let status = 0;
    let done = false;
    const finish = (code: number) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ code, status });
    };
    const timer = setTimeout(() => finish(0), timeoutMs);
    socket.on('connect', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n` +
          `Cookie: ${cookie}\r\n\r\n`,
      );
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (status === 0) {
        const end = received.indexOf('\r\n\r\n');
        if (end < 0) return;
        status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received.subarray(0, end).toString('latin1'))?.[1] ?? 0);
        received = received.subarray(end + 4);
        if (status !== 101) return finish(0);
        socket.write(bytes);
      }
      const code = closeCodeIn(received);
      if (code !== null) finish(code);
    });
    socket.on('error', () => finish(1006));
    socket.on('close', () => finish(1006));
  });
}
