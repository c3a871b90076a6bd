/**
 * Stock y-websocket clients for tests, with the cookie a browser would send, and a record of every
 * raw frame received (to prove what a socket never saw).
 */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface TestProvider {
  doc: Y.Doc;
  provider: WebsocketProvider;
  frames: Buffer[];
  closes: { code: number; reason: string }[];
  destroy(): void;
}

export function connectDoc(
  baseUrl: string,
  docName: string,
  cookie: string,
  options: { connect?: boolean } = {},
): TestProvider {
  const frames: Buffer[] = [];
  const closes: { code: number; reason: string }[] = [];
  class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { Cookie: cookie } });
      this.on('message', (data: Buffer) => frames.push(Buffer.from(data)));
      this.on('close', (code, reason) => closes.push({ code, reason: reason.toString() }));
    }
  }
  const doc = new Y.Doc();
  const wsUrl = baseUrl.replace(/^http/, 'ws') + '/sync';
  const provider = new WebsocketProvider(wsUrl, docName, doc, {
    disableBc: true,
    connect: options.connect ?? true,
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
    maxBackoffTime: 300,
  });
  return {
    doc,
    provider,
    frames,
    closes,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function whenSynced(p: TestProvider): Promise<void> {
  return waitFor(() => p.provider.synced, 'sync');
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
