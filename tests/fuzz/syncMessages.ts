/**
 * y-websocket messages for the fuzz tests, and what the sync server should do with any message
 * (an oracle written from the protocol, not from the server's code): undecodable or unknown →
 * close 4400; a real change from a read-only role → close 4003; a readable request → answered.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CloseCode } from '@cb/shared/protocol';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

/** Per the server's documented awareness rules (awarenessFilter.ts). */
const MAX_AWARENESS_ENTRIES = 16;
const MAX_CLIENT_IDS_PER_CONNECTION = 4;
const MAX_AWARENESS_STATE_CHARS = 16 * 1024;

export function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness update with raw state strings (which need not be JSON). */
export function awarenessUpdate(entries: { clientId: number; clock: number; state: string }[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientId);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarString(encoder, e.state);
  }
  return encoding.toUint8Array(encoder);
}

export function varUint(n: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, n);
  return encoding.toUint8Array(encoder);
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * Asks for everything (sync step 1 with an empty state vector). The server answers with sync
 * step 2 unless it has closed the socket: sent after a bad message, it tells "ignored" from "closed".
 */
export const SENTINEL = syncMessage(SYNC_STEP_1, Y.encodeStateVector(new Y.Doc()));

export function isSyncStep2(frame: Uint8Array): boolean {
  return frame[0] === MESSAGE_SYNC && frame[1] === SYNC_STEP_2;
}

export type Verdict =
  /** The server must close the socket with one of these codes. */
  | { kind: 'close'; codes: readonly number[] }
  /** A well-formed read or no-op: the socket stays open and the server answers the sentinel. */
  | { kind: 'answer' }
  /** A real change a writer may make: not a bad input. Generators never send these. */
  | { kind: 'write' };

const malformed: Verdict = { kind: 'close', codes: [CloseCode.malformed] };

function awarenessIsAcceptable(update: Uint8Array): boolean {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > MAX_AWARENESS_ENTRIES) return false;
  const claimed = new Set<number>();
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    const raw = decoding.readVarString(decoder);
    if (raw.length > MAX_AWARENESS_STATE_CHARS) return false;
    if (!claimed.has(clientId)) {
      // Entries past a connection's few client ids are dropped unread.
      if (claimed.size >= MAX_CLIENT_IDS_PER_CONNECTION) continue;
      claimed.add(clientId);
    }
    const state: unknown = JSON.parse(raw);
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) return false;
  }
  return !decoding.hasContent(decoder);
}

/**
 * What the server should do with `message` from a fresh connection (no awareness ids claimed,
 * fuzz client ids owned by nobody else).
 */
export function verdictFor(message: Uint8Array, canWrite: boolean): Verdict {
  try {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_QUERY_AWARENESS) return { kind: 'answer' };
    if (type === MESSAGE_AWARENESS) {
      return awarenessIsAcceptable(decoding.readVarUint8Array(decoder)) ? { kind: 'answer' } : malformed;
    }
    if (type !== MESSAGE_SYNC) return malformed;
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (step === SYNC_STEP_1) {
      Y.decodeStateVector(payload);
      return { kind: 'answer' };
    }
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return malformed;
    const { structs, ds } = Y.decodeUpdate(payload);
    if (structs.length === 0 && ds.clients.size === 0) return { kind: 'answer' };
    return canWrite ? { kind: 'write' } : { kind: 'close', codes: [CloseCode.readOnly] };
  } catch {
    return malformed;
  }
}
