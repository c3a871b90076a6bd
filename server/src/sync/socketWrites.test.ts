import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { mulberry32 } from '../../../tests/support/random.ts';
import { binaryFrame, sendFrame } from './socketWrites.ts';

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

/** A server that, once a client connects, calls `write` with the upgraded socket and its `ws`. */
async function serve(write: (socket: Duplex, ws: WebSocket) => void): Promise<string> {
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const server = http.createServer();
  server.on('upgrade', (req, socket, head) =>
    wss.handleUpgrade(req, socket, head, (ws) => write(socket, ws)),
  );
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function received(url: string, count: number): Promise<{ data: Buffer; binary: boolean }[]> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const got: { data: Buffer; binary: boolean }[] = [];
    ws.on('message', (data, binary) => {
      got.push({ data: Buffer.from(data as Buffer), binary });
      if (got.length === count) {
        ws.close();
        resolve(got);
      }
    });
    ws.on('error', reject);
  });
}

describe('socketWrites', () => {
  it('frames payloads of every length class as a stock client reads them', async () => {
    const rng = mulberry32(7);
    const lengths = [0, 1, 125, 126, 127, 65_535, 65_536, 300_001];
    const payloads = lengths.map((n) => Uint8Array.from({ length: n }, () => Math.floor(rng() * 256)));
    const url = await serve((socket) => {
      for (const p of payloads) sendFrame(socket, p);
    });
    const got = await received(url, payloads.length);
    expect(got.map((g) => g.binary)).toEqual(payloads.map(() => true));
    expect(got.map((g) => [...g.data])).toEqual(payloads.map((p) => [...p]));
  });

  it("keeps order with ws's own frames written in between, in one tick and across ticks", async () => {
    const url = await serve((socket, ws) => {
      sendFrame(socket, Uint8Array.of(1));
      ws.send('two');
      ws.ping();
      sendFrame(socket, Uint8Array.of(3));
      setImmediate(() => {
        ws.send('four');
        sendFrame(socket, Uint8Array.of(5));
      });
    });
    const got = await received(url, 5);
    expect(got.map((g) => (g.binary ? g.data[0] : g.data.toString()))).toEqual([1, 'two', 3, 'four', 5]);
  });

  it('frames a short message as RFC 6455 says: FIN + binary, length, payload', () => {
    const message = Uint8Array.of(9, 8, 7);
    const frame = binaryFrame(message);
    expect([...frame]).toEqual([0x82, 3, 9, 8, 7]);
  });
});
