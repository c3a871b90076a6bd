/**
 * Sends one fuzz input and reports what the server did with it, without judging: the test decides
 * whether that was right. Every socket opened here is closed here.
 */
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { CONTROL_PATH, PROTOCOL_VERSION } from '@cb/shared/protocol';
import type { ControlAuthInput, ControlRawInput, HttpInput, RawFrameInput, SyncInput } from './inputs.ts';
import { rawExchange } from './rawWs.ts';
import { isSyncStep2, SENTINEL } from './syncMessages.ts';

export type SocketOutcome =
  | { kind: 'closed'; code: number; reason: string }
  | { kind: 'answered' }
  | { kind: 'refused'; status: number }
  | { kind: 'timeout' };

const wsBase = (baseUrl: string) => baseUrl.replace(/^http/, 'ws');

/** Opens `/sync/<doc>`, sends the input then the sentinel, and waits for a close or the answer. */
export function runSync(
  baseUrl: string,
  docName: string,
  cookie: string,
  input: SyncInput,
  timeoutMs = 8000,
): Promise<SocketOutcome> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${wsBase(baseUrl)}/sync/${docName}`, { headers: { Cookie: cookie } });
    let done = false;
    const finish = (outcome: SocketOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (ws.readyState !== ws.CLOSED) ws.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ kind: 'timeout' }), timeoutMs);
    ws.on('unexpected-response', (_req, res) => finish({ kind: 'refused', status: res.statusCode ?? 0 }));
    ws.on('open', () => {
      ws.send(input.data, { binary: !input.text });
      ws.send(SENTINEL);
    });
    ws.on('message', (data: Buffer) => {
      if (isSyncStep2(data)) finish({ kind: 'answered' });
    });
    ws.on('close', (code, reason) => finish({ kind: 'closed', code, reason: reason.toString() }));
    // A client still writing when the server drops the connection gets EPIPE/ECONNRESET here;
    // the close event that follows carries the outcome.
    ws.on('error', () => undefined);
  });
}

export async function runRawFrame(
  baseUrl: string,
  docName: string,
  cookie: string,
  input: RawFrameInput,
): Promise<SocketOutcome> {
  const outcome = await rawExchange(baseUrl, `/sync/${docName}`, cookie, input.bytes, 8000);
  if (outcome.status !== 101) return { kind: 'refused', status: outcome.status };
  if (outcome.code === 0) return { kind: 'timeout' };
  return { kind: 'closed', code: outcome.code, reason: '' };
}

export interface HttpOutcome {
  status: number;
  contentType: string;
  text: string;
}

export async function runHttp(
  baseUrl: string,
  cookies: Record<HttpInput['as'], string>,
  input: HttpInput,
): Promise<HttpOutcome> {
  const headers: Record<string, string> = { ...input.headers };
  if (input.origin === 'own') headers.Origin = new URL(baseUrl).origin;
  if (input.origin === 'foreign') headers.Origin = 'https://evil.example';
  const cookie = cookies[input.as];
  if (cookie) headers.Cookie = cookie;
  const res = await fetch(new URL(input.path, baseUrl), {
    method: 'POST',
    redirect: 'manual',
    headers,
    body: new Uint8Array(input.body),
  });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
}

export type ControlSocket = Socket;

/** A /control socket that has said hello (so its listeners are registered on the server). */
export function openControl(baseUrl: string, conferenceId: string, cookie: string): Promise<ControlSocket> {
  const socket = io(baseUrl, {
    path: CONTROL_PATH,
    auth: { protocolVersion: PROTOCOL_VERSION, conferenceId },
    extraHeaders: { Cookie: cookie },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no hello on /control')), 8000);
    socket.once('hello', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('connect_error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** A connection attempt with a bad `auth`: resolves with the connect_error message (or 'connected'). */
export function runControlAuth(baseUrl: string, cookie: string, input: ControlAuthInput): Promise<string> {
  const socket = io(baseUrl, {
    path: CONTROL_PATH,
    auth: input.auth,
    extraHeaders: { Cookie: cookie },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve) => {
    const finish = (what: string) => {
      clearTimeout(timer);
      socket.disconnect();
      resolve(what);
    };
    const timer = setTimeout(() => finish('timeout'), 8000);
    socket.once('connect', () => finish('connected'));
    socket.once('connect_error', (err) => finish(err.message));
  });
}

/** Sends an oversized event on a socket of its own: resolves with the disconnect reason. */
export async function runOversizedControl(
  baseUrl: string,
  conferenceId: string,
  cookie: string,
  event: string,
  args: unknown[],
): Promise<string> {
  const socket = await openControl(baseUrl, conferenceId, cookie);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      socket.disconnect();
      resolve('still connected');
    }, 8000);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
    socket.emit(event, ...args);
  });
}

/**
 * Speaks engine.io/socket.io by hand: connects to the default namespace, sends `packet`, then an
 * event whose answer proves the connection still stands. Resolves 'closed' or 'open'.
 */
export function runControlRaw(
  baseUrl: string,
  conferenceId: string,
  cookie: string,
  input: ControlRawInput,
): Promise<'closed' | 'open' | 'timeout'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${wsBase(baseUrl)}${CONTROL_PATH}/?EIO=4&transport=websocket`, {
      headers: { Cookie: cookie },
    });
    let stage: 'open' | 'connect' | 'probe' = 'open';
    let done = false;
    const finish = (outcome: 'closed' | 'open' | 'timeout') => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (ws.readyState !== ws.CLOSED) ws.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish('timeout'), 8000);
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      if (stage === 'open' && text.startsWith('0')) {
        stage = 'connect';
        ws.send(`40${JSON.stringify({ protocolVersion: PROTOCOL_VERSION, conferenceId })}`);
      } else if (stage === 'connect' && text.startsWith('40')) {
        stage = 'probe';
        ws.send(input.packet);
        // hand:set with a bad payload is answered (ack id 987654) by anyone admitted.
        ws.send('42987654["hand:set",null]');
      } else if (stage === 'probe' && text.startsWith('43987654')) {
        finish('open');
      }
    });
    ws.on('close', () => finish('closed'));
    ws.on('error', () => undefined);
  });
}
