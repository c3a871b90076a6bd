/**
 * The words a document room and its callers share: the y-websocket message types, the connection
 * a room talks to, and what a room throws; what the document host tells and offers its callers.
 */
import { DOC_SCHEMA_VERSION } from '@cb/shared/doc/schema';
import type { CloseCode } from '@cb/shared/protocol';
import type * as Y from 'yjs';
import type { PresenceIdentity } from './awarenessFilter.ts';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

export interface SyncConnection {
  readonly identity: PresenceIdentity;
  readonly canWrite: boolean;
  send(message: Uint8Array): void;
  close(code: CloseCode): void;
}

export class ProtocolViolation extends Error {
  constructor(readonly code: CloseCode) {
    super(`protocol violation ${code}`);
  }
}

/** A stored document written by newer software than this server's. */
export class DocumentTooNewError extends Error {
  constructor(readonly version: number) {
    super(`document schema ${version} is newer than this server's ${DOC_SCHEMA_VERSION}`);
  }
}

/** A server change refused because the conference has been closed. */
export class DocumentClosedError extends Error {
  constructor() {
    super('This conference has been closed, so the board can no longer be changed.');
  }
}

/**
 * The types a batch of applied updates changed, each with the keys changed in it (null: its
 * sequence of children), as Yjs's `transaction.changed` gives them, merged over the batch. Types
 * created by the batch are not listed; the type that gained them is.
 */
export type ChangedTypes = ReadonlyMap<SharedType, ReadonlySet<string | null>>;
/** Any Yjs shared type, as a transaction names it. */
export type SharedType = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

/** Updates were stored and applied to a loaded document (see `DocHost.onDocumentApplied`). */
export interface AppliedEvent {
  conferenceId: string;
  docName: string;
  restricted: boolean;
  /** The live document: read it, never write it. */
  doc: Y.Doc;
  /** Who sent the updates just applied; null for the server's own changes. */
  senders: (PresenceIdentity | null)[];
  /** What the updates changed (e.g. to skip work when nothing of interest did). */
  changed: ChangedTypes;
}

/** Writes into a document on the server's own account (see `DocHost.change`). */
export interface DocWriter {
  change(docName: string, fn: (doc: Y.Doc) => void): Promise<void>;
}

/** Reads a document's current state, whether or not it is loaded (see `DocHost.stateOf`). */
export interface DocReader {
  stateOf(docName: string): Promise<Uint8Array>;
}
