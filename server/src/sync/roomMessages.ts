/**
 * The y-websocket messages a document room sends, each encoded once and sent to every connection
 * that should have it.
 */
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { MESSAGE_AWARENESS, MESSAGE_SYNC, SYNC_STEP_1, SYNC_STEP_2, SYNC_UPDATE } from './roomTypes.ts';

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const updateMessage = (update: Uint8Array): Uint8Array => syncMessage(SYNC_UPDATE, update);

/** Sync step 1: what the server has, so the client answers with what the server lacks. */
export const step1Message = (doc: Y.Doc): Uint8Array => syncMessage(SYNC_STEP_1, Y.encodeStateVector(doc));

/** Sync step 2: what the client lacks, given its state vector. */
export const step2Message = (doc: Y.Doc, stateVector: Uint8Array): Uint8Array =>
  syncMessage(SYNC_STEP_2, Y.encodeStateAsUpdate(doc, stateVector));

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}
